// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class Catalogue;

// Pairs of measures of one catalogue that are probably the same measure entered twice: the same
// platform measure id, or the same country and the same words in the title (accents, case,
// punctuation, word order and small words such as "de", "the" ignored), or the same country and
// titles that share most of their words, weighed by how rare each word is in the catalogue
// ("Encuentro CONECTA (copia)" beside "Encuentro CONECTA"), or the same title in another language
// ("‘CONECTA’ Meeting", resources/vocabularies/title-words.tsv). A read, nothing written.
struct DuplicatePair {
    enum class Reason { PlatformId, Title, SimilarTitle, OtherLanguage };
    Reason reason = Reason::Title;
    double similarity = 1.0; // 1 for the same id or the same words; else the share of the titles' weight in common
    qint64 firstId = 0, secondId = 0; // firstId < secondId
    QString firstUuid, secondUuid;
    QString firstTitle, secondTitle;
    QString country; // ISO code, may be empty
};

namespace DuplicateQuery {
// Every likely pair, in the order of the first measure's title (then the second's). Empty with `error` set when the
// catalogue could not be read.
QList<DuplicatePair> find(const Catalogue &catalogue, QString *error = nullptr);
// The words of a title that decide whether two titles are the same (exposed for tests).
QString titleSignature(const QString &title);
// More than this share of two titles' weight in common, and at least two words, to be listed (0–1).
inline constexpr double kSimilarTitles = 0.5;
// How alike the same title in another language is reckoned: listed among the near pairs, not the sure.
inline constexpr double kOtherLanguage = 0.95;
} // namespace DuplicateQuery
