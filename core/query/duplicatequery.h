// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class Catalogue;

// Pairs of measures of one catalogue that are probably the same measure entered twice: the same
// platform measure id, or the same country and the same words in the title (accents, case,
// punctuation, word order and small words such as "de", "the" ignored). A read, nothing written.
struct DuplicatePair {
    enum class Reason { PlatformId, Title };
    Reason reason = Reason::Title;
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
} // namespace DuplicateQuery
