// SPDX-License-Identifier: GPL-3.0-or-later
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
    auto catalogue = Catalogue::open(path, {Catalogue::Access::ReadOnly, false}, &error);
    const QMutexLocker lock(&m_running);
    m_catalogue = std::move(catalogue);
    m_openError = m_catalogue ? QString() : error.message();
}

void MeasureIdLoader::supersede(int generation)
{
    m_latest.storeRelease(generation);
    const QMutexLocker lock(&m_running);
    if (m_catalogue && m_runningGeneration != 0 && m_runningGeneration < generation)
        m_catalogue->connection().interrupt();
}

void MeasureIdLoader::load(int generation, const MeasureFilter &filter, const MeasureSort &sort)
{
    if (generation < m_latest.loadAcquire())
        return; // the analyst has typed on since: nobody will see this result
    if (!m_catalogue) {
        emit loaded(generation, {}, 0, m_openError.isEmpty() ? tr("The catalogue is not open for searching.") : m_openError);
        return;
    }
    {
        const QMutexLocker lock(&m_running);
        m_runningGeneration = generation;
    }
    MeasureQuery query(*m_catalogue);
    const MeasureQuery::Result result = query.find(filter, sort); // ids and total from one snapshot
    {
        const QMutexLocker lock(&m_running);
        m_runningGeneration = 0;
    }
    if (generation < m_latest.loadAcquire())
        return; // superseded (perhaps interrupted) while it ran
    emit loaded(generation, result.ids, result.total, result.ok ? QString() : result.error);
}

void MeasureIdLoader::close()
{
    const QMutexLocker lock(&m_running);
    m_catalogue.reset();
}
