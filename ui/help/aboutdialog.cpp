// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "appicon.h"
#include "catalogue/catalogue.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_icon = new QLabel(this);
    m_icon->setPixmap(AppIcon::icon().pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignTop);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("aboutText"));
    m_body->setWordWrap(true);
    m_body->setOpenExternalLinks(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_body, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addSpacing(12);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 40);
    retranslate();
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

QString AboutDialog::text() const { return m_title->text() + u'\n' + m_body->text(); }

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Measures Catalogue"));
    m_title->setText(tr("Measures Catalogue %1").arg(QApplication::applicationVersion()));
    m_body->setText(
        tr("<p>A catalogue of the cultural-policy measures that States report under the UNESCO 2005 Convention on the "
           "Protection and Promotion of the Diversity of Cultural Expressions. It works offline; each catalogue is one "
           "file.</p>")
        + tr("<p>Free software under the GNU General Public License, version 3 or later: you may use, study, share "
             "and change it (<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">gnu.org/licenses/gpl-3.0</a>). "
             "It comes with no warranty.</p>")
        + tr("<p><b>Built with</b><br>Qt %1, under the GNU Lesser General Public License v3 "
             "(<a href=\"https://www.qt.io/licensing/\">qt.io/licensing</a>).<br>"
             "SQLite %2, in the public domain (<a href=\"https://sqlite.org/copyright.html\">sqlite.org/copyright</a>).</p>")
              .arg(QString::fromLatin1(qVersion()), Catalogue::engineVersion())
        + tr("<p>Charts drawn with Qt Charts, under the GNU General Public License v3; Excel workbooks written with "
             "libxlsxwriter, under the BSD 2-Clause License.</p>")
        + tr("<p><b>Data</b><br>Country names (ISO 3166) in English, Spanish and French from Debian's iso-codes, under the GNU "
             "Lesser General Public License v2.1 or later. The sample catalogue's five measures are read from public "
             "pages about cultural-policy measures.</p>"));
    adjustSize();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
