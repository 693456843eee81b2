// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatequery.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "model/textfold.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

struct Row {
    qint64 id;
    QString uuid, title, country, platformId;
};

// Words that do not tell two measures apart, in the catalogue's languages.
bool isSmallWord(QStringView word)
{
    static const char *const words[] = {"a",   "al",  "and", "au",  "aux", "con",  "de",   "del", "des", "du",   "el",  "en",
                                        "et",  "for", "in",  "la",  "las", "le",   "les",  "los", "of",  "on",   "para", "por",
                                        "pour", "sur", "the", "to", "un",  "una",  "une",  "with", "y"};
    if (word.size() > 4)
        return false; // none is longer: most words are decided here, without a comparison
    for (const char *small : words)
        if (word == QLatin1String(small))
            return true;
    return false;
}

// Words that say the same in the catalogue's languages, each to one of them
// (resources/vocabularies/title-words.tsv): "encuentro" and "rencontre" are "meeting".
const QHash<QString, QString> &sameWords()
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> read;
        QFile file(QStringLiteral(":/vocabularies/title-words.tsv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            qWarning("title-words.tsv is missing: titles in other languages are not paired");
            return read;
        }
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList said = line.split(u'\t', Qt::SkipEmptyParts);
            for (const QString &word : said)
                read.insert(word, said.first());
        }
        return read;
    }();
    return words;
}


// The folded words of a title, small words and elided letters (French "d'", "l'") left out.
template <typename Visit>
void forEachWord(const QString &folded, Visit visit)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        if (i < folded.size() && folded.at(i).isLetterOrNumber()) {
            if (start < 0)
                start = i;
            continue;
        }
        if (start >= 0) { // punctuation and spaces separate words
            const QStringView word = QStringView(folded).mid(start, i - start);
            if (!isSmallWord(word) && !(word.size() == 1 && word.at(0).isLetter()))
                visit(word);
        }
        start = -1;
    }
}

} // namespace

namespace DuplicateQuery {

QString titleSignature(const QString &title)
{
    QStringList words;
    forEachWord(foldForMatching(title), [&](QStringView word) { words << word.toString(); });
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words.join(u' ');
}

QList<DuplicatePair> find(const Catalogue &catalogue, QString *error)
{
    SqliteStatement rows(catalogue.connection(), QStringLiteral("SELECT id, uuid, title, coalesce(country, ''), platform_measure_id "
                                                                "FROM measure ORDER BY title_key, id"));
    QList<Row> all;
    while (rows.step())
        all.append({rows.int64(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4)});
    if (rows.hasError() || !rows.isValid()) {
        if (error)
            *error = rows.errorMessage();
        return {};
    }
    QList<DuplicatePair> pairs;
    QSet<QPair<qint64, qint64>> seen;
    const auto add = [&](const Row &a, const Row &b, DuplicatePair::Reason reason, double similarity) {
        const Row &first = a.id < b.id ? a : b;
        const Row &second = a.id < b.id ? b : a;
        if (seen.contains({first.id, second.id}))
            return;
        seen.insert({first.id, second.id});
        pairs.append({reason, similarity, first.id, second.id, first.uuid, second.uuid, first.title, second.title, first.country});
    };

    // Each title's words as numbers, once (a word is hashed once per title, not per comparison);
    // each row's numbers sorted: its signature, and what likeness is weighed on.
    QHash<QString, int> wordIds;
    QList<int> frequency;      // by word id
    QList<bool> isNumber;      // by word id: "2", "2024"
    QHash<QString, int> countryIds;
    QList<QList<int>> words(all.size());
    QList<int> country(all.size());
    for (int i = 0; i < all.size(); ++i) {
        country[i] = countryIds.insert(all.at(i).country, countryIds.value(all.at(i).country, int(countryIds.size()))).value();
        QList<int> &ids = words[i];
        forEachWord(foldForMatching(all.at(i).title), [&](QStringView word) {
            auto it = wordIds.find(word.toString());
            if (it == wordIds.end()) {
                it = wordIds.insert(word.toString(), int(frequency.size()));
                frequency.append(0);
                isNumber.append(std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }));
            }
            ids << it.value();
        });
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (int id : std::as_const(ids))
            ++frequency[id];
    }

    // The measures sharing a key, each with the first of them (a group of three gives two pairs).
    QHash<QString, int> byPlatformId;
    QHash<QList<int>, int> bySignature; // country, then the words
    for (int i = 0; i < all.size(); ++i) {
        const Row &row = all.at(i);
        if (!row.platformId.isEmpty()) {
            const auto it = byPlatformId.constFind(row.platformId);
            if (it != byPlatformId.cend())
                add(all.at(it.value()), row, DuplicatePair::Reason::PlatformId, 1.0);
            else
                byPlatformId.insert(row.platformId, i);
        }
        const QList<int> signature = QList<int>{country[i]} + words[i];
        const auto it = bySignature.constFind(signature);
        if (it != bySignature.cend())
            add(all.at(it.value()), row, DuplicatePair::Reason::Title, 1.0);
        else
            bySignature.insert(signature, i);
    }

    // The same title in another language ("Encuentro CONECTA", "‘CONECTA’ Meeting"): within a
    // country, the same words once each word that says the same in English, Spanish or French
    // counts as one (title-words.tsv), and a word in common that is on no such list: a name.
    // Titles of listed words only ("Centro Cultural", "Cultural Centre"), or sharing only a word
    // that reads two ways ("Red Theatre", "Red de Teatros"), never pair this way. Below the sure
    // pairs: the analyst compares before merging.
    {
        // Each word's sense as a number: a listed word's is its line's first word's, else its own.
        const QHash<QString, QString> &same = sameWords();
        const int known = int(wordIds.size());
        QList<int> senseOf(known);
        QList<bool> listed(known, false);
        QHash<QString, int> senses; // a line's first word -> its number, past the words' own
        for (auto it = wordIds.cbegin(); it != wordIds.cend(); ++it) {
            const auto line = same.constFind(it.key());
            listed[it.value()] = line != same.constEnd();
            senseOf[it.value()] = !listed[it.value()] ? it.value()
                                                      : senses.insert(line.value(), senses.value(line.value(), known + int(senses.size()))).value();
        }
        QHash<QList<int>, QList<int>> bySense; // country, then the words' senses -> rows
        for (int i = 0; i < all.size(); ++i) {
            const QList<int> &ids = words[i];
            if (std::none_of(ids.cbegin(), ids.cend(), [&](int id) { return listed.at(id); }))
                continue; // nothing said another way: its exact words were compared above
            QList<int> sense;
            sense.reserve(ids.size() + 1);
            for (int id : ids)
                sense << senseOf.at(id);
            std::sort(sense.begin(), sense.end());
            sense.erase(std::unique(sense.begin(), sense.end()), sense.end());
            sense.prepend(country[i]);
            bySense[sense] << i;
        }
        constexpr int kMaxGroup = 50;
        for (const QList<int> &group : std::as_const(bySense)) {
            if (group.size() < 2 || group.size() > kMaxGroup)
                continue;
            for (int x = 0; x < group.size(); ++x)
                for (int y = x + 1; y < group.size(); ++y) {
                    const QList<int> &wa = words[group[x]], &wb = words[group[y]];
                    if (wa == wb)
                        continue; // the same words: a sure pair, above
                    bool name = false; // both sorted: a word of their own in common?
                    for (qsizetype i = 0, j = 0; i < wa.size() && j < wb.size() && !name;) {
                        if (wa[i] < wb[j])
                            ++i;
                        else if (wb[j] < wa[i])
                            ++j;
                        else {
                            name = !listed.at(wa[i]) && !isNumber.at(wa[i]);
                            ++i;
                            ++j;
                        }
                    }
                    if (name)
                        add(all.at(group[x]), all.at(group[y]), DuplicatePair::Reason::OtherLanguage, kOtherLanguage);
                }
        }
    }

    // Titles that share most of their weight, within a country. A word's weight is how rare it is in
    // the catalogue (log N/df + 1): "conecta" counts, "programa" hardly. Candidates come only through
    // words rare enough to tell measures apart (in at most 1 % of the measures, at least 20), shared
    // by at most kMaxGroup measures of a country: never all pairs of a country.
    {
        const double n = qMax<qsizetype>(1, all.size());
        const int rareLimit = qMax(20, int(all.size() / 100));
        constexpr int kMaxGroup = 50;
        QList<double> weight(frequency.size());
        for (int id = 0; id < frequency.size(); ++id)
            weight[id] = std::log(n / qMax(1, frequency[id])) + 1.0;
        QHash<qint64, QList<int>> byRareWord; // country << 32 | word -> rows
        for (int i = 0; i < all.size(); ++i)
            for (int id : std::as_const(words[i]))
                if (frequency[id] <= rareLimit)
                    byRareWord[(qint64(country[i]) << 32) | id] << i;
        QSet<qint64> compared;
        for (const QList<int> &group : std::as_const(byRareWord)) {
            if (group.size() < 2 || group.size() > kMaxGroup)
                continue;
            for (int x = 0; x < group.size(); ++x)
                for (int y = x + 1; y < group.size(); ++y) {
                    const int a = group[x], b = group[y];
                    if (compared.contains((qint64(a) << 32) | b))
                        continue;
                    compared.insert((qint64(a) << 32) | b);
                    // Both lists sorted: one pass gives what they share and what they do not.
                    const QList<int> &wa = words[a], &wb = words[b];
                    double shared = 0, total = 0;
                    int sharedWords = 0; // one shared name ("Ibermedia") does not make two measures one
                    bool otherNumber = false; // "Festival 2023" and "Festival 2024", "Fondo 2": other measures
                    qsizetype i = 0, j = 0;
                    while (i < wa.size() || j < wb.size()) {
                        if (j >= wb.size() || (i < wa.size() && wa[i] < wb[j])) {
                            total += weight[wa[i]];
                            otherNumber = otherNumber || isNumber[wa[i]];
                            ++i;
                        } else if (i >= wa.size() || wb[j] < wa[i]) {
                            total += weight[wb[j]];
                            otherNumber = otherNumber || isNumber[wb[j]];
                            ++j;
                        } else {
                            total += weight[wa[i]];
                            shared += weight[wa[i]];
                            sharedWords += isNumber[wa[i]] ? 0 : 1;
                            ++i;
                            ++j;
                        }
                    }
                    const double similarity = total > 0 ? shared / total : 0;
                    if (otherNumber || sharedWords < 2 || similarity <= kSimilarTitles || similarity >= 1.0)
                        continue; // another number, not enough in common, or the same words (listed above)
                    add(all.at(a), all.at(b), DuplicatePair::Reason::SimilarTitle, similarity);
                }
        }
    }

    // The surest first (the same id or words), then by how alike; each group in title order.
    QList<std::pair<QString, QString>> keys; // folded once, not at every comparison
    keys.reserve(pairs.size());
    for (const DuplicatePair &pair : std::as_const(pairs))
        keys.append({sortKey(pair.firstTitle), sortKey(pair.secondTitle)});
    QList<int> order(pairs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (pairs[a].similarity != pairs[b].similarity)
            return pairs[a].similarity > pairs[b].similarity;
        return keys[a] < keys[b];
    });
    QList<DuplicatePair> sorted;
    sorted.reserve(pairs.size());
    for (int i : std::as_const(order))
        sorted.append(pairs[i]);
    return sorted;
}

} // namespace DuplicateQuery
