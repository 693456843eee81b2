// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

// Loads the embedded Qt Linguist catalogues (ours and Qt's own qtbase) and answers
// "what is this source text in language L?" without switching the application's language,
// which CSV headers in a chosen language need.
namespace Translations {

// Installs the translators for `language` on the running application (replacing earlier ones).
// QCoreApplication then sends LanguageChange to every widget, which retranslates live.
void install(Language language);
Language current();

QString translate(Language language, const char *context, const char *sourceText,
                  const char *disambiguation = nullptr, int n = -1);

} // namespace Translations

// Core's messages in a language the caller chooses, never the process's current one: validation
// and CSV messages are written as messages.translate("Context", "Source text") so that lupdate
// finds them and any thread can produce them in either language.
class Messages
{
public:
    explicit Messages(Language language) : m_language(language) {}
    Language language() const { return m_language; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const
    {
        return Translations::translate(m_language, context, sourceText, disambiguation, n);
    }

private:
    Language m_language;
};
