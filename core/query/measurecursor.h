#pragma once

#include "measurefilter.h"
#include "model/measure.h"

#include <QVector>
#include <memory>

class Catalogue;
class MeasureQuery;
class ReadSnapshot;
class SqliteStatement;
class Vocabulary;

// The measures of a filter, in a sort, one at a time, in constant memory: what the CSV export,
// the report and the merge read. Rows are read in batches; lists come from the facet masks and
// partners are fetched once per batch. The whole walk sees one snapshot of the catalogue.
class MeasureCursor
{
public:
    static constexpr int kBatch = 256;

    MeasureCursor(const Catalogue &catalogue, const Vocabulary &vocabulary, const MeasureFilter &filter,
                  const MeasureSort &sort, bool withPartners = true);
    ~MeasureCursor();
    MeasureCursor(const MeasureCursor &) = delete;
    MeasureCursor &operator=(const MeasureCursor &) = delete;

    // Moves to the next measure; false at the end or on an error (see error()).
    bool next();
    const Measure &measure() const { return m_batch.at(m_position); }
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // How many measures the walk will give (a separate count, for progress bars).
    int count();

private:
    bool fill();

    const Catalogue &m_catalogue;
    const Vocabulary &m_vocabulary;
    MeasureFilter m_filter;
    bool m_withPartners;
    std::unique_ptr<MeasureQuery> m_query;
    std::unique_ptr<ReadSnapshot> m_snapshot;
    std::unique_ptr<SqliteStatement> m_rows, m_partners;
    QVector<Measure> m_batch;
    int m_size = 0;
    int m_position = -1;
    bool m_done = false;
    QString m_error;
};
