// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measurefilter.h"
#include "model/measure.h"
#include "model/vocabulary.h"

#include <QVector>
#include <memory>

class Catalogue;

// The measures of a filter, in a sort, one at a time, in constant memory: what the CSV export,
// the report and the merge read. Rows are read in batches; lists come from the facet masks and
// partners are fetched once per batch. The whole walk sees one snapshot of the catalogue.
//
// With read-ahead (the default), batches are read on a worker thread through a read-only
// connection of its own while the caller turns the previous batch into CSV or pages: on two
// cores the walk then costs little more than the slower of the two. When that connection cannot
// be made (the file moved away, say), the catalogue's own connection reads them instead.
class MeasureCursor
{
public:
    static constexpr int kBatch = 256;
    enum class ReadAhead { No, Yes };

    MeasureCursor(const Catalogue &catalogue, const Vocabulary &vocabulary, const MeasureFilter &filter,
                  const MeasureSort &sort, bool withPartners = true, ReadAhead readAhead = ReadAhead::Yes);
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

    class Reader; // reads batches from one connection
    class Worker; // a Reader on a thread of its own

private:
    bool nextBatch();

    const Catalogue &m_catalogue;
    MeasureFilter m_filter;
    std::unique_ptr<Reader> m_reader; // used when there is no worker
    std::unique_ptr<Worker> m_worker;
    QVector<Measure> m_batch;
    int m_size = 0;
    int m_position = -1;
    bool m_done = false;
    QString m_error;
};
