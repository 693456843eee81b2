#include "measurecommands.h"

#include "cataloguesession.h"

namespace {
QString shortTitle(const QString &title) { return title.size() > 40 ? title.left(39) + u'…' : title; }
}

SaveMeasureCommand::SaveMeasureCommand(CatalogueSession *session, std::optional<Measure> before, Measure after)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
    setText(m_before ? tr("Edit “%1”").arg(shortTitle(m_after.title)) : tr("New measure “%1”").arg(shortTitle(m_after.title)));
}

void SaveMeasureCommand::undo()
{
    const QString error = m_before ? m_session->restore({*m_before}) : m_session->removeByUuid({m_after.uuid});
    if (!error.isEmpty())
        emit m_session->undoFailed(error);
}

void SaveMeasureCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    const QString error = m_session->restore({m_after});
    if (!error.isEmpty())
        emit m_session->undoFailed(error);
}

DeleteMeasuresCommand::DeleteMeasuresCommand(CatalogueSession *session, QList<Measure> measures)
    : m_session(session), m_measures(std::move(measures))
{
    setText(m_measures.size() == 1 ? tr("Delete “%1”").arg(shortTitle(m_measures.first().title))
                                   : tr("Delete %n measure(s)", nullptr, int(m_measures.size())));
}

void DeleteMeasuresCommand::undo()
{
    const QString error = m_session->restore(m_measures);
    if (!error.isEmpty())
        emit m_session->undoFailed(error);
}

void DeleteMeasuresCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    QStringList uuids;
    for (const Measure &m : m_measures)
        uuids << m.uuid;
    const QString error = m_session->removeByUuid(uuids);
    if (!error.isEmpty())
        emit m_session->undoFailed(error);
}
