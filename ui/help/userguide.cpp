// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguide.h"

#include "appicon.h"
#include "session/uilanguage.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuide::UserGuide(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowIcon(AppIcon::icon());
    setSizeGripEnabled(true);
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(u'M');
    resize(qMax(720, 52 * em), 720);
    retranslate();
    m_browser->setFocus(); // arrows and Page Down scroll at once
}

QString UserGuide::resourceFor(Language language)
{
    // A language without a guide yet shows the English one.
    const QString path = QStringLiteral(":/guide/guide-%1.html").arg(language.code());
    return QStringLiteral("qrc") + (QFile::exists(path) ? path : QStringLiteral(":/guide/guide-en.html"));
}

void UserGuide::retranslate()
{
    setWindowTitle(tr("User Guide"));
    m_browser->setSource(QUrl(resourceFor(UiLanguage::instance().current())));
}

void UserGuide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
