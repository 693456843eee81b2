#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

class Catalogue;

struct PartnerInfo {
    qint64 id = 0;
    QString name;
    QString typeCode;
    int measureCount = 0;
};

// The shared partner list: rename, retype, merge duplicates, delete unused. Changes that alter
// what a measure shows (its partners) also move that measure's change time, so that merging
// catalogues by change time keeps them.
class PartnerRepository
{
    Q_DECLARE_TR_FUNCTIONS(PartnerRepository)
public:
    explicit PartnerRepository(const Catalogue &catalogue);

    QList<PartnerInfo> all() const;
    QStringList names() const; // for completion in the measure form
    QList<QPair<qint64, QString>> measuresUsing(qint64 partnerId) const; // id, title
    QString rename(qint64 id, const QString &newName);
    QString setType(qint64 id, const QString &typeCode);
    // Moves every use of `sources` to `target` and deletes the sources.
    QString merge(const QList<qint64> &sources, qint64 target);
    QString remove(qint64 id); // refused while a measure uses the partner

private:
    const Catalogue &m_catalogue;
};
