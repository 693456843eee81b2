#include "measurecursor.h"

#include "catalogue/catalogue.h"
#include "catalogue/sqlitestatement.h"
#include "measurequery.h"
#include "measurerows.h"
#include "readsnapshot.h"

#include <QHash>

MeasureCursor::MeasureCursor(const Catalogue &catalogue, const Vocabulary &vocabulary, const MeasureFilter &filter,
                             const MeasureSort &sort, bool withPartners)
    : m_catalogue(catalogue), m_vocabulary(vocabulary), m_filter(filter), m_withPartners(withPartners),
      m_query(std::make_unique<MeasureQuery>(catalogue)), m_batch(kBatch)
{
    m_snapshot = std::make_unique<ReadSnapshot>(catalogue.connection());
    const SqlCondition where = m_query->where(filter, sort); // the same query as the table's
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
        m_error = m_rows->errorMessage() + m_partners->errorMessage();
}

MeasureCursor::~MeasureCursor()
{
    // Statements first, then the snapshot's COMMIT.
    m_rows.reset();
    m_partners.reset();
}

int MeasureCursor::count() { return m_query->count(m_filter); }

bool MeasureCursor::fill()
{
    const MeasureRows::MaskDecoder decoder(m_vocabulary);
    m_size = 0;
    m_position = -1;
    QHash<qint64, int> rowOfId;
    while (m_size < kBatch && m_rows->step()) {
        Measure &m = m_batch[m_size];
        m = Measure();
        MeasureRows::read(*m_rows, 0, m);
        for (int facet = 0; facet < MeasureRows::maskColumnCount(); ++facet)
            decoder.decode(facet, m_rows->int64(MeasureRows::kColumnCount + facet), m);
        rowOfId.insert(m.id, m_size);
        ++m_size;
    }
    if (m_size < kBatch)
        m_done = true;
    if (m_rows->hasError()) {
        m_error = m_rows->errorMessage();
        return false;
    }
    if (m_withPartners && m_size > 0) {
        m_partners->reset();
        for (int i = 0; i < kBatch; ++i)
            m_partners->bindInt64(i + 1, i < m_size ? m_batch[i].id : 0);
        while (m_partners->step()) {
            const int row = rowOfId.value(m_partners->int64(0), -1);
            if (row >= 0)
                m_batch[row].partners.append({m_partners->text(1), m_partners->text(2)});
        }
        if (m_partners->hasError()) {
            m_error = m_partners->errorMessage();
            return false;
        }
        m_partners->reset();
    }
    return m_size > 0;
}

bool MeasureCursor::next()
{
    if (hasError())
        return false;
    if (m_position + 1 < m_size) {
        ++m_position;
        return true;
    }
    if (m_done || !fill())
        return false;
    m_position = 0;
    return true;
}
