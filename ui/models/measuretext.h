// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/measure.h"
#include "model/measurefield.h"

class Vocabulary;

// How one field of a measure reads in a table cell and its tooltip, in a language: labels for
// codes, the language's number and date formats.
namespace MeasureText {
// `locale` is localeFor(language), passed in so that painting a table does not build one per cell.
QString cell(const Measure &measure, MeasureField field, const Vocabulary &vocabulary, Language language,
             const QLocale &locale);
QString tooltip(const Measure &measure, MeasureField field, const Vocabulary &vocabulary, Language language);
} // namespace MeasureText
