// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampassworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TeamPasswordDialog::TeamPasswordDialog(const QString &user, const QString &team, const QString &why, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Team Catalogue Password"));
    auto *text = new QLabel(why.isEmpty() ? tr("The password of “%1” for %2:").arg(user, team)
                                          : why + u'\n' + tr("The password of “%1” for %2:").arg(user, team),
                            this);
    text->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    text->setBuddy(m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keyring"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    m_password->setFocus();
    setMinimumWidth(440);
}

QString TeamPasswordDialog::password() const { return m_password->text(); }
bool TeamPasswordDialog::remember() const { return m_remember->isChecked(); }
