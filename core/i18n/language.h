// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <optional>

// The two languages of the product. Data is stored as codes; labels are chosen per Language
// at the edge (table, form, CSV header), so switching never rewrites a record.
enum class Language { English, Spanish };

QString languageCode(Language language);                     // "en" / "es"
std::optional<Language> languageFromCode(QStringView code);  // accepts "en", "es", "es_MX", ...
Language systemLanguage();                                   // Spanish if the system locale is Spanish
// Number and date formatting for a language: 11,782.50 in English, 11.782,50 in Spanish.
QLocale localeFor(Language language);
