// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measure.h"

#include <QHash>
#include <QString>
#include <memory>

class Catalogue;
class RevisionLog;
class SearchIndex;
class SqliteStatement;

// The engine under MeasureStore: statements prepared once and reused, so the same path serves a
// form save, an import and the generation of 100,000 measures. It derives what the schema keeps
// beside a measure (the sort key, the facet masks, the search index) in the caller's
// transaction; it neither validates nor begins or commits (MeasureStore does).
class MeasureWriter
{
public:
    enum class Timestamps { Now, Keep }; // Keep: import, undo and merge restore the recorded times

    explicit MeasureWriter(const Catalogue &catalogue);
    ~MeasureWriter();

    // Inserts when measure.id == 0 (assigning uuid and id), updates otherwise. The measure must
    // already be normalized and valid.
    bool write(Measure &measure, Timestamps timestamps);
    // The history says so and a tombstone stays, so that merges delete it elsewhere too.
    bool remove(qint64 id);
    // Only the head of a measure's history moves (a merge that changes nothing of its content).
    bool setHead(qint64 id, const QString &revision);
    // The measures' history (RevisionLog): why the next writes happen.
    RevisionLog &revisions() { return *m_revisions; }
    // A partner's type, with a revision of its history (`merged`: the other side's head a merge
    // joins; `adopt`: the other side's head taken as it is).
    bool retypePartner(qint64 id, const QString &typeCode, const QString &merged = {}, const QString &adopt = {});
    // After a partner's name changed: its type's history under its new identity.
    bool notePartnerRenamed(qint64 id);
    // After partners changed type or name: the derived columns of the measures naming them.
    bool refreshPartnerDerived(qint64 partnerId);
    // After partners were renamed, merged or restored: the partners' names the search index
    // holds for the measures naming a partner, or for these measures.
    bool refreshPartnerNames(qint64 partnerId);
    bool refreshPartnerNamesOf(const QList<qint64> &measureIds);
    // After the partner list changed what these measures show: a revision for each whose content
    // changed (their histories say so, and a merge sees it).
    bool reviseMeasures(const QList<qint64> &measureIds, const QString &origin);
    bool reviseMeasuresOf(qint64 partnerId, const QString &origin);

    int errorCode() const { return m_errorCode; }
    QString errorDetail() const { return m_errorDetail; }

private:
    bool fail(const SqliteStatement &statement);
    bool failWith(const RevisionLog &log);
    bool failWith(const SearchIndex &index);
    bool run(SqliteStatement &statement);
    qint64 partnerId(const PartnerLink &link);
    bool measuresOf(qint64 partnerId, QList<qint64> *ids); // the measures naming a partner
    bool unindex(qint64 id);
    bool index(const Measure &measure);
    qint64 bitsOf(const char *kind, const QStringList &codes);
    void loadBits();

    const Catalogue &m_catalogue;
    std::unique_ptr<RevisionLog> m_revisions;
    std::unique_ptr<SqliteStatement> m_headOf, m_setHead, m_insert, m_update, m_clearTerms, m_addTerm, m_findPartner, m_addPartner,
        m_retypePartner, m_partnerRow, m_clearPartners, m_linkPartner, m_delete, m_partnerBits,
        m_refreshPartnerNames;
    std::unique_ptr<SearchIndex> m_search;
    QHash<QString, int> m_bits; // "kind:code" -> the term's bit (core/sql/004_facet_bits.sql)
    quint64 m_bitsReadAt = ~quint64(0); // Catalogue::writesBegun() when m_bits was read
    int m_errorCode = 0;
    QString m_errorDetail;
};
