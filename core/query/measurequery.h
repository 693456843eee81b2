// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measurefilter.h"
#include "sharedtexts.h"
#include "model/measure.h"

#include <QHash>
#include <QList>
#include <QVector>
#include <memory>
#include <optional>

class Catalogue;
class SearchTokenizer;
class SqliteStatement;
class Vocabulary;

// The read side of the catalogue for one connection: which measures match (in order), how many,
// the rows of one screen, and whole measures by id or uuid. Matching and ordering happen in SQL;
// only the ordered ids (8 bytes a measure) and the rows on screen are held in memory.
class MeasureQuery
{
public:
    static constexpr int kPageSize = 64;
    static constexpr int kTableTextLength = 300; // long texts are cut for table cells

    // The ordered ids of a filter and the catalogue's total, read in one snapshot.
    struct Result {
        QVector<qint64> ids;
        int total = 0;
        bool ok = false;
        QString error;
    };

    explicit MeasureQuery(const Catalogue &catalogue);
    const Catalogue &catalogue() const { return m_catalogue; }
    ~MeasureQuery();

    // The WHERE clause for a filter in a sort, with the faster of the two ways of joining the
    // text search for this catalogue (the table, the count and the cursor all use it).
    SqlCondition where(const MeasureFilter &filter, const MeasureSort &sort);
    Result find(const MeasureFilter &filter, const MeasureSort &sort);
    int count(const MeasureFilter &filter);
    int total();
    // The measures with these ids (up to kPageSize), keyed by id, long texts shortened, lists
    // read from the facet masks.
    QHash<qint64, Measure> rows(const QVector<qint64> &ids, const Vocabulary &vocabulary);
    // One whole measure, lists from the link tables (the source of truth). Empty when there is no
    // such measure, or when it could not be read whole: then lastError() says why.
    std::optional<Measure> load(qint64 id);
    std::optional<Measure> loadByUuid(const QString &uuid);
    qint64 idOfUuid(const QString &uuid);
    // The measure imported from the Policy Monitoring Platform with this measure id (the first,
    // should there be several).
    std::optional<Measure> loadByPlatformId(const QString &platformMeasureId);
    // A measure with this title (folded as titles sort) and country, other than `exceptId`: how an
    // import notices a row that probably describes a measure already catalogued. Empty if none.
    QString similarTitle(const QString &title, const QString &country, qint64 exceptId = 0);
    QString lastError() const { return m_lastError; }
    SearchTokenizer &tokenizer() const { return *m_tokenizer; }

private:
    const Catalogue &m_catalogue;
    std::unique_ptr<SearchTokenizer> m_tokenizer;
    std::unique_ptr<SqliteStatement> m_rows, m_partners, m_total, m_matches, m_matchIds, m_byId, m_terms, m_measurePartners, m_idByUuid, m_similar,
        m_idByPlatformId;
    QString m_lastError;
    SharedTexts m_shared; // codes and partners of the measures loaded
};
