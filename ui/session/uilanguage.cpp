// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>

UiLanguage &UiLanguage::instance()
{
    static UiLanguage language;
    return language;
}

void UiLanguage::set(Language language)
{
    if (m_initialized && language == m_language)
        return;
    m_initialized = true;
    m_language = language;
    QLocale::setDefault(localeFor(language)); // spin boxes, dates and numbers follow the language
    Translations::install(language);
    QGuiApplication::setLayoutDirection(language.direction()); // right to left for Arabic, say
    // Qt posts LanguageChange to each window; delivering them now makes the switch happen at once
    // (menus, dialogs and models all change before this returns).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    emit languageChanged(language);
}
