// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

#include <QObject>

// The interface language, switchable while the app runs. Installing the translators makes Qt
// send LanguageChange to every widget (which retranslates itself); models, which are not
// widgets, listen to languageChanged().
class UiLanguage : public QObject
{
    Q_OBJECT
public:
    static UiLanguage &instance();
    Language current() const { return m_language; }
    void set(Language language);

signals:
    void languageChanged(Language language);

private:
    UiLanguage() = default;
    Language m_language = Language::English;
    bool m_initialized = false;
};
