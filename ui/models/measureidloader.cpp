#include "measureidloader.h"

#include "catalogue/catalogue.h"
#include "query/measurequery.h"

MeasureIdLoader::MeasureIdLoader()
{
    qRegisterMetaType<MeasureFilter>();
    qRegisterMetaType<MeasureSort>();
    qRegisterMetaType<QVector<qint64>>();
}

MeasureIdLoader::~MeasureIdLoader() = default;

void MeasureIdLoader::open(const QString &path)
{
    CatalogueError error;
    m_catalogue = Catalogue::open(path, {Catalogue::Access::ReadOnly, false}, &error);
}

void MeasureIdLoader::load(int generation, const MeasureFilter &filter, const MeasureSort &sort)
{
    if (generation < m_latest.loadAcquire())
        return; // the analyst has typed on since: nobody will see this result
    if (!m_catalogue) {
        emit loaded(generation, {}, 0, QStringLiteral("no connection"));
        return;
    }
    MeasureQuery query(*m_catalogue);
    const MeasureQuery::Result result = query.find(filter, sort); // ids and total from one snapshot
    emit loaded(generation, result.ids, result.total, result.ok ? QString() : result.error);
}

void MeasureIdLoader::close() { m_catalogue.reset(); }
