// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatequery.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "model/textfold.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace {

struct Row {
    qint64 id;
    QString uuid, title, country, platformId, titleKey;
};

// Words that do not tell two measures apart, in the catalogue's two languages and French.
const QSet<QString> &smallWords()
{
    static const QSet<QString> words = {
        QStringLiteral("a"),   QStringLiteral("al"),  QStringLiteral("and"), QStringLiteral("de"),   QStringLiteral("del"),
        QStringLiteral("des"), QStringLiteral("du"),  QStringLiteral("el"),  QStringLiteral("en"),   QStringLiteral("et"),
        QStringLiteral("for"), QStringLiteral("in"),  QStringLiteral("la"),  QStringLiteral("las"),  QStringLiteral("le"),
        QStringLiteral("les"), QStringLiteral("los"), QStringLiteral("of"),  QStringLiteral("para"), QStringLiteral("pour"),
        QStringLiteral("the"), QStringLiteral("to"),  QStringLiteral("un"),  QStringLiteral("una"),  QStringLiteral("y"),
    };
    return words;
}

} // namespace

namespace DuplicateQuery {

QString titleSignature(const QString &title)
{
    const QString folded = foldForMatching(title);
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && !smallWords().contains(word))
            words << word;
        word.clear();
    };
    for (QChar c : folded) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush(); // punctuation and spaces separate words
    }
    flush();
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words.join(u' ');
}

QList<DuplicatePair> find(const Catalogue &catalogue, QString *error)
{
    SqliteStatement rows(catalogue.connection(), QStringLiteral("SELECT id, uuid, title, coalesce(country, ''), platform_measure_id, title_key "
                                                                "FROM measure ORDER BY title_key, id"));
    QList<Row> all;
    while (rows.step())
        all.append({rows.int64(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5)});
    if (rows.hasError() || !rows.isValid()) {
        if (error)
            *error = rows.errorMessage();
        return {};
    }
    QList<DuplicatePair> pairs;
    QSet<QPair<qint64, qint64>> seen;
    const auto add = [&](const Row &a, const Row &b, DuplicatePair::Reason reason) {
        const Row &first = a.id < b.id ? a : b;
        const Row &second = a.id < b.id ? b : a;
        if (seen.contains({first.id, second.id}))
            return;
        seen.insert({first.id, second.id});
        pairs.append({reason, first.id, second.id, first.uuid, second.uuid, first.title, second.title, first.country});
    };
    // The measures sharing a key, each with the first of them (a group of three gives two pairs).
    QHash<QString, int> byPlatformId, bySignature;
    for (int i = 0; i < all.size(); ++i) {
        const Row &row = all.at(i);
        if (!row.platformId.isEmpty()) {
            const auto it = byPlatformId.constFind(row.platformId);
            if (it != byPlatformId.cend())
                add(all.at(it.value()), row, DuplicatePair::Reason::PlatformId);
            else
                byPlatformId.insert(row.platformId, i);
        }
        const QString signature = row.country + u'|' + titleSignature(row.title);
        const auto it = bySignature.constFind(signature);
        if (it != bySignature.cend())
            add(all.at(it.value()), row, DuplicatePair::Reason::Title);
        else
            bySignature.insert(signature, i);
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const DuplicatePair &a, const DuplicatePair &b) {
        return std::make_pair(sortKey(a.firstTitle), sortKey(a.secondTitle)) < std::make_pair(sortKey(b.firstTitle), sortKey(b.secondTitle));
    });
    return pairs;
}

} // namespace DuplicateQuery
