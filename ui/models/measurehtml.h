// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"
#include "model/measure.h"

#include <QCoreApplication>
#include <QStringList>

class Vocabulary;

// One measure as a readable page: every field under the headings of the periodic report form,
// codes shown as labels in the language, and the words of a search highlighted wherever a word
// of the text starts with them (accents and case ignored, as the search does).
class MeasureHtml
{
    Q_DECLARE_TR_FUNCTIONS(MeasureHtml)
public:
    static QString page(const Measure &measure, const Vocabulary &vocabulary, Language language, const QString &search = {});
    // `text` escaped for HTML, line breaks kept, the search's words marked.
    static QString highlighted(const QString &text, const QStringList &foldedWords);
    static QStringList searchWords(const QString &search); // folded words of what was typed
};
