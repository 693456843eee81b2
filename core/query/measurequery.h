#pragma once

#include "measurefilter.h"
#include "model/measure.h"

#include <QHash>
#include <QList>
#include <QVector>
#include <memory>

class Catalogue;
class SqliteStatement;

// Read side of the table: which measures match (in order), how many, and the rows of one
// screen. Matching and ordering happen in SQL; only the ordered ids (8 bytes a measure) and
// the rows on screen are held in memory.
class MeasureQuery
{
public:
    static constexpr int kPageSize = 64;
    static constexpr int kTableTextLength = 300; // long texts are cut for table cells

    explicit MeasureQuery(const Catalogue &catalogue);
    ~MeasureQuery();

    // The WHERE clause for a filter in a sort, with the faster of the two ways of joining the
    // text search for this catalogue (the table and the export both use it).
    SqlCondition where(const MeasureFilter &filter, const MeasureSort &sort);
    // Ordered ids of the matching measures; `ok` false on an SQL error (see lastError()).
    QVector<qint64> ids(const MeasureFilter &filter, const MeasureSort &sort, bool *ok = nullptr);
    int count(const MeasureFilter &filter);
    int total();
    // The measures with these ids (up to kPageSize), keyed by id, long texts shortened.
    QHash<qint64, Measure> rows(const QVector<qint64> &ids);
    QString lastError() const { return m_lastError; }

private:
    const Catalogue &m_catalogue;
    std::unique_ptr<SqliteStatement> m_rows, m_terms, m_partners, m_total, m_matches;
    QString m_lastError;
};
