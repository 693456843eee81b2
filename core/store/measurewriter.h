#pragma once

#include "model/measure.h"

#include <QHash>
#include <QString>
#include <memory>

struct sqlite3;
class SqliteStatement;

// Writes measures with statements prepared once and reused: the same path serves a form save,
// a CSV import and the generation of 100,000 measures. It does not begin or commit: the caller
// wraps each user-visible change in one WriteTransaction. It also keeps the search index
// (measure_search) in step with every insert, update and delete (see core/sql/003_search.sql).
class MeasureWriter
{
public:
    enum class Timestamps { Now, Keep }; // Keep: import and undo restore the recorded times

    explicit MeasureWriter(sqlite3 *db);
    ~MeasureWriter();

    // Inserts when measure.id == 0 (assigning uuid and id), updates otherwise.
    // The measure must already be normalized and valid.
    bool write(Measure &measure, Timestamps timestamps = Timestamps::Now);
    bool remove(qint64 id);
    qint64 idOfUuid(const QString &uuid);

    // After a partner's type changes, the partner-type bits of every measure naming it.
    static QString refreshPartnerTypeBits(sqlite3 *db, qint64 partnerId);

    int errorCode() const { return m_errorCode; }
    QString errorDetail() const { return m_errorDetail; }

private:
    bool fail(const SqliteStatement &statement);
    bool run(SqliteStatement &statement);
    qint64 partnerId(const PartnerLink &link);

    sqlite3 *m_db;
    bool unindex(qint64 id);
    bool index(const Measure &measure);
    qint64 bitsOf(const char *kind, const QStringList &codes);
    void bindBits(SqliteStatement &statement, const Measure &measure);

    std::unique_ptr<SqliteStatement> m_insert, m_update, m_clearTerms, m_addTerm, m_findPartner, m_addPartner,
        m_retypePartner, m_clearPartners, m_linkPartner, m_byUuid, m_delete, m_indexRow, m_unindexRow, m_indexedText;
    QHash<QString, int> m_bits; // "kind:code" -> the term's bit (see core/sql/004_facet_bits.sql)
    int m_errorCode = 0;
    QString m_errorDetail;
};

QString newUuid();
QString isoTimestamp(const QDateTime &utc);      // 2026-11-22T01:30:00Z
QDateTime parseIsoTimestamp(const QString &text); // invalid QDateTime when not ISO-8601
