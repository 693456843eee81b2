// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <memory>

class Catalogue;
class MeasureWriter;

// Partners as they were before a change, so that the change can be undone exactly: the partners
// touched, every link of the measures naming them, those measures' change times, and the names
// of partners the change may create. Measures are named by uuid and partners by name, never by
// row id: undo and redo delete and re-create rows, which then get new ids.
struct PartnerSnapshot {
    struct Partner {
        qint64 id = 0;
        QString name;
        QString typeCode;
        QString revision; // the head of its type's history
    };
    struct Link {
        QString measureUuid;
        QString partnerName;
        int position = 0;
    };
    QList<Partner> partners;
    QList<Link> links;
    QHash<QString, QString> updatedAt; // measure uuid -> its change time
    QStringList absentNames;           // not in the catalogue before: removed again if unused
    QString error;                     // set when it could not be read whole: then it must not be used
    bool isEmpty() const { return partners.isEmpty() && absentNames.isEmpty(); }
};

// The shared partner list: rename, retype, merge duplicates, delete unused. Changes that alter
// what a measure shows (its partners) also move that measure's change time, so that merging
// catalogues sees them. Each change can hand back a snapshot that restore() puts back.
class PartnerStore
{
    Q_DECLARE_TR_FUNCTIONS(PartnerStore)
public:
    explicit PartnerStore(const Catalogue &catalogue);
    ~PartnerStore();

    qint64 idOf(const QString &name, QString *error = nullptr) const; // 0 when no partner has this name (any case)
    QString nameOf(qint64 id) const;
    QString rename(qint64 id, const QString &newName, PartnerSnapshot *before = nullptr);
    // Touch::No: the measures naming it keep their change times (a merge taking a colleague's type).
    enum class Touch { Measures, No };
    QString setType(qint64 id, const QString &typeCode, PartnerSnapshot *before = nullptr, Touch touch = Touch::Measures);
    // A merge of catalogues deciding a partner's type, in the caller's transaction: the other
    // side's head adopted as it is, or a revision joining both heads (`theirHead` as `merged`).
    QString mergeType(qint64 id, const QString &typeCode, const QString &theirHead, bool adopt);
    // A partner no measure here names yet, at `head` of its type's history (already in the log):
    // a team's partner whose type changed there. In the caller's transaction.
    QString addWithHistory(const QString &name, const QString &typeCode, const QString &head);
    // Moves every use of `sources` to `target` and deletes the sources.
    QString merge(const QList<qint64> &sources, qint64 target, PartnerSnapshot *before = nullptr);
    QString remove(qint64 id, PartnerSnapshot *before = nullptr); // refused while a measure uses the partner
    // What a save naming these partners may change (types, new rows): taken before the save.
    // Without links: only the partners' rows (a merge, whose measures are put back whole by undo;
    // a partner named by 20,000 measures would otherwise make undo rewrite all their links).
    enum class Links { With, Without };
    PartnerSnapshot snapshotOfNames(const QStringList &names, Links links = Links::With) const;
    // Puts partners, links and change times back as `snapshot` holds them (undo).
    QString restore(const PartnerSnapshot &snapshot);

private:
    PartnerSnapshot snapshot(const QList<qint64> &partnerIds, Links links = Links::With) const;
    QString touchMeasuresOf(qint64 partnerId);
    // One change to one partner row, moving its measures' change times and derived columns.
    enum class Change { Rename, Retype };
    QString changeOne(qint64 id, const QString &sql, const QVariantList &values, PartnerSnapshot *before, Change change,
                      Touch touch = Touch::Measures, const QString &typeCode = {});

    const Catalogue &m_catalogue;
    std::unique_ptr<MeasureWriter> m_writer;
};
