// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

QString languageCode(Language language)
{
    return language == Language::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(QStringView code)
{
    const QString lower = code.trimmed().toString().toLower();
    if (lower == u"es" || lower.startsWith(u"es_") || lower.startsWith(u"es-"))
        return Language::Spanish;
    if (lower == u"en" || lower.startsWith(u"en_") || lower.startsWith(u"en-"))
        return Language::English;
    return std::nullopt;
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Spanish ? Language::Spanish : Language::English;
}

QLocale localeFor(Language language)
{
    // Spain's conventions (decimal comma, dot grouping) are what the report forms use in Spanish.
    QLocale locale = language == Language::Spanish ? QLocale(QLocale::Spanish, QLocale::Spain)
                                                   : QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}
