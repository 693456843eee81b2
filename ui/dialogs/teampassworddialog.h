// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// The password of the analyst's login on the team's server, asked when the keyring has none (or
// the one it had was refused), with the offer to keep it there.
class TeamPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    TeamPasswordDialog(const QString &user, const QString &team, const QString &why, QWidget *parent = nullptr);
    QString password() const;
    bool remember() const;
    QLineEdit *passwordEdit() const { return m_password; }

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};
