// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurecursor.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "measurequery.h"
#include "measurerows.h"
#include "readsnapshot.h"

#include <QHash>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

// Reads the walk's rows batch by batch from one catalogue connection.
class MeasureCursor::Reader
{
public:
    Reader(const Catalogue &catalogue, const Vocabulary &vocabulary, const MeasureFilter &filter, const MeasureSort &sort,
           bool withPartners)
        : m_decoder(vocabulary), m_withPartners(withPartners)
    {
        MeasureQuery query(catalogue);
        m_snapshot = std::make_unique<ReadSnapshot>(catalogue.connection());
        const SqlCondition where = query.where(filter, sort); // the same query as the table's
        m_rows = std::make_unique<SqliteStatement>(catalogue.connection(),
                                                   QStringLiteral("SELECT %1, %2 FROM measure m %3 %4")
                                                       .arg(MeasureRows::selectList(), MeasureRows::maskColumns(), where.sql,
                                                            MeasureFilterSql::orderBy(sort)));
        m_rows->bindAll(where.values);
        m_partners = std::make_unique<SqliteStatement>(catalogue.connection(),
                                                       QStringLiteral("SELECT mp.measure_id, p.name, p.type_code FROM measure_partner mp "
                                                                      "JOIN partner p ON p.id = mp.partner_id "
                                                                      "WHERE mp.measure_id IN (%1) ORDER BY mp.measure_id, mp.position")
                                                           .arg(sqlPlaceholders(kBatch)));
        if (!m_rows->isValid() || !m_partners->isValid())
            m_error = !m_rows->isValid() ? m_rows->errorMessage() : m_partners->errorMessage(); // one cause, said once
    }

    ~Reader()
    {
        m_rows.reset(); // statements first, then the snapshot's COMMIT
        m_partners.reset();
    }

    QString error() const { return m_error; }

    // Fills `batch` (measures reused, not reallocated); returns how many rows, 0 at the end.
    int fill(QVector<Measure> &batch)
    {
        if (!m_error.isEmpty())
            return 0;
        int size = 0;
        QHash<qint64, int> rowOfId;
        while (size < kBatch && m_rows->step()) {
            Measure &m = batch[size];
            MeasureRows::read(*m_rows, 0, m); // overwrites every field, reusing the strings' buffers
            for (int facet = 0; facet < MeasureRows::maskColumnCount(); ++facet)
                m_decoder.decode(facet, m_rows->int64(MeasureRows::kColumnCount + facet), m);
            rowOfId.insert(m.id, size);
            ++size;
        }
        if (m_rows->hasError()) {
            m_error = m_rows->errorMessage();
            return 0;
        }
        if (m_withPartners && size > 0) {
            m_partners->reset();
            for (int i = 0; i < kBatch; ++i)
                m_partners->bindInt64(i + 1, i < size ? batch[i].id : 0);
            while (m_partners->step()) {
                const int row = rowOfId.value(m_partners->int64(0), -1);
                if (row >= 0)
                    batch[row].partners.append({m_partners->text(1), m_partners->text(2)});
            }
            if (m_partners->hasError()) {
                m_error = m_partners->errorMessage();
                return 0;
            }
        }
        return size;
    }

private:
    const MeasureRows::MaskDecoder m_decoder;
    bool m_withPartners;
    std::unique_ptr<ReadSnapshot> m_snapshot;
    std::unique_ptr<SqliteStatement> m_rows, m_partners;
    QString m_error;
};

// A Reader on its own thread and its own read-only connection, a few batches ahead of the caller.
class MeasureCursor::Worker
{
public:
    static constexpr size_t kAhead = 3;

    Worker(const QString &path, const Vocabulary &vocabulary, const MeasureFilter &filter, const MeasureSort &sort, bool withPartners)
        : m_thread([this, path, vocabulary, filter, sort, withPartners] { run(path, vocabulary, filter, sort, withPartners); })
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_started; });
    }

    ~Worker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_cancelled = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    bool opened() const { return m_opened; }

    // The next batch (swapped into `batch`); its size, 0 at the end; `error` on failure.
    int take(QVector<Measure> &batch, QString *error)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty()) {
            *error = m_error;
            return 0;
        }
        auto [measures, size] = std::move(m_ready.front());
        m_ready.pop_front();
        m_spare.push_back(std::move(batch)); // the caller's old batch is reused for reading
        batch = std::move(measures);
        m_changed.notify_all();
        return size;
    }

private:
    void run(const QString &path, const Vocabulary &vocabulary, const MeasureFilter &filter, const MeasureSort &sort, bool withPartners)
    {
        CatalogueError openError;
        std::unique_ptr<Catalogue> catalogue = Catalogue::open(path, {Catalogue::Access::ReadOnly, false}, &openError);
        {
            std::lock_guard lock(m_mutex);
            m_opened = catalogue != nullptr;
            m_started = true;
        }
        m_changed.notify_all();
        if (!catalogue)
            return;
        {
            Reader reader(*catalogue, vocabulary, filter, sort, withPartners);
            for (;;) {
                QVector<Measure> batch;
                {
                    std::unique_lock lock(m_mutex);
                    m_changed.wait(lock, [this] { return m_cancelled || m_ready.size() < kAhead; });
                    if (m_cancelled)
                        break;
                    if (!m_spare.empty()) {
                        batch = std::move(m_spare.back());
                        m_spare.pop_back();
                    }
                }
                batch.resize(kBatch);
                const int size = reader.fill(batch);
                std::lock_guard lock(m_mutex);
                if (size > 0)
                    m_ready.emplace_back(std::move(batch), size);
                if (size < kBatch) {
                    m_error = reader.error();
                    break;
                }
                m_changed.notify_all();
            }
        }
        catalogue.reset(); // the connection closes on the thread that used it
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<QVector<Measure>, int>> m_ready;
    std::vector<QVector<Measure>> m_spare;
    bool m_started = false;
    bool m_opened = false;
    bool m_finished = false;
    bool m_cancelled = false;
    QString m_error;
    std::thread m_thread; // last: started once everything above exists
};

MeasureCursor::MeasureCursor(const Catalogue &catalogue, const Vocabulary &vocabulary, const MeasureFilter &filter,
                             const MeasureSort &sort, bool withPartners, ReadAhead readAhead)
    : m_catalogue(catalogue), m_filter(filter), m_batch(kBatch)
{
    if (readAhead == ReadAhead::Yes && catalogue.isFileStillThere()) {
        m_worker = std::make_unique<Worker>(catalogue.path(), vocabulary, filter, sort, withPartners);
        if (!m_worker->opened())
            m_worker.reset();
    }
    if (!m_worker) {
        m_reader = std::make_unique<Reader>(catalogue, vocabulary, filter, sort, withPartners);
        m_error = m_reader->error();
    }
}

MeasureCursor::~MeasureCursor() = default;

int MeasureCursor::count() { return MeasureQuery(m_catalogue).count(m_filter); }

bool MeasureCursor::nextBatch()
{
    m_position = -1;
    if (m_worker) {
        m_size = m_worker->take(m_batch, &m_error);
    } else {
        m_size = m_reader->fill(m_batch);
        m_error = m_reader->error();
    }
    if (m_size < kBatch)
        m_done = true;
    return m_size > 0 && !hasError();
}

bool MeasureCursor::next()
{
    if (hasError())
        return false;
    if (m_position + 1 < m_size) {
        ++m_position;
        return true;
    }
    if (m_done || !nextBatch())
        return false;
    m_position = 0;
    return true;
}
