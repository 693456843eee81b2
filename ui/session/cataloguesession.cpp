#include "cataloguesession.h"

#include "appsettings.h"
#include "catalogue/backups.h"
#include "measurecommands.h"
#include "store/partnerrepository.h"

CatalogueSession::CatalogueSession(QObject *parent) : QObject(parent) {}

CatalogueSession::~CatalogueSession()
{
    m_undo.clear();
    m_repository.reset();
}

void CatalogueSession::backUpBeforeClosing()
{
    const int keep = AppSettings::automaticBackupsKept();
    if (!m_catalogue || m_catalogue->isReadOnly() || m_catalogue->changesSinceOpen() == 0 || keep <= 0)
        return;
    const QString error = m_catalogue->backupTo(Backups::snapshotPath(m_catalogue->path(), true));
    if (!error.isEmpty()) {
        emit automaticBackupFailed(error);
        return;
    }
    Backups::rotate(m_catalogue->path(), keep);
}

void CatalogueSession::setCatalogue(std::unique_ptr<Catalogue> catalogue)
{
    backUpBeforeClosing();
    m_undo.clear();
    m_repository.reset();
    m_catalogue = std::move(catalogue);
    if (m_catalogue) {
        m_repository = std::make_unique<MeasureRepository>(*m_catalogue);
        m_vocabulary = Vocabulary::load(m_catalogue->database());
    } else {
        m_vocabulary = Vocabulary();
    }
    emit catalogueChanged();
}

void CatalogueSession::close() { setCatalogue(nullptr); }

std::optional<Measure> CatalogueSession::load(qint64 id) const
{
    return m_repository ? m_repository->load(id) : std::nullopt;
}

QHash<QString, QString> CatalogueSession::knownPartners() const
{
    QHash<QString, QString> partners;
    if (m_catalogue)
        for (const PartnerInfo &partner : PartnerRepository(*m_catalogue).all())
            partners.insert(partner.name, partner.typeCode);
    return partners;
}

MeasureRepository::SaveResult CatalogueSession::save(Measure &measure)
{
    if (!m_repository)
        return {};
    const std::optional<Measure> before = measure.id ? m_repository->load(measure.id) : std::nullopt;
    MeasureRepository::SaveResult result = m_repository->save(measure, m_vocabulary);
    if (result.saved) {
        m_undo.push(new SaveMeasureCommand(this, before, measure));
        emit measuresChanged();
    }
    return result;
}

QString CatalogueSession::remove(const QList<qint64> &ids)
{
    if (!m_repository)
        return {};
    QList<Measure> measures;
    for (qint64 id : ids)
        if (const auto m = m_repository->load(id))
            measures << *m;
    const QString error = m_repository->remove(ids);
    if (error.isEmpty()) {
        m_undo.push(new DeleteMeasuresCommand(this, measures));
        emit measuresChanged();
    }
    return error;
}

QString CatalogueSession::restore(const QList<Measure> &measures)
{
    if (!m_repository)
        return {};
    const QString error = m_repository->restore(measures);
    emit measuresChanged();
    return error;
}

QString CatalogueSession::removeByUuid(const QStringList &uuids)
{
    if (!m_repository)
        return {};
    QList<qint64> ids;
    for (const QString &uuid : uuids)
        if (const auto m = m_repository->loadByUuid(uuid))
            ids << m->id;
    const QString error = m_repository->remove(ids);
    emit measuresChanged();
    return error;
}

void CatalogueSession::reloadVocabulary()
{
    if (m_catalogue)
        m_vocabulary = Vocabulary::load(m_catalogue->database());
    emit vocabularyChanged();
}

void CatalogueSession::notifyMeasuresChanged() { emit measuresChanged(); }
