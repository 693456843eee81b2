#include "measurecommands.h"

#include "cataloguesession.h"

namespace {
QString shortTitle(const QString &title) { return title.size() > 40 ? title.left(39) + u'…' : title; }
} // namespace

void SessionCommand::undo()
{
    if (std::exchange(m_skip, false))
        return;
    m_error = undoChange();
}

void SessionCommand::redo()
{
    if (std::exchange(m_skip, false))
        return;
    m_error = redoChange();
}

SaveMeasureCommand::SaveMeasureCommand(CatalogueSession *session, std::optional<Measure> before, Measure after,
                                       PartnerSnapshot partners)
    : SessionCommand(session), m_before(std::move(before)), m_after(std::move(after)), m_partners(std::move(partners))
{
    setText(m_before ? tr("Edit “%1”").arg(shortTitle(m_after.title)) : tr("New measure “%1”").arg(shortTitle(m_after.title)));
}

QString SaveMeasureCommand::undoChange()
{
    return m_before ? m_session->putBack({*m_before}, {}, m_partners) : m_session->putBack({}, {m_after.uuid}, m_partners);
}

QString SaveMeasureCommand::redoChange() { return m_session->putBack({m_after}, {}); }

DeleteMeasuresCommand::DeleteMeasuresCommand(CatalogueSession *session, QList<Measure> measures)
    : SessionCommand(session), m_measures(std::move(measures))
{
    setText(m_measures.size() == 1 ? tr("Delete “%1”").arg(shortTitle(m_measures.first().title))
                                   : tr("Delete %Ln measure(s)", nullptr, int(m_measures.size())));
}

QString DeleteMeasuresCommand::undoChange() { return m_session->putBack(m_measures, {}); }

QString DeleteMeasuresCommand::redoChange()
{
    QStringList uuids;
    for (const Measure &m : m_measures)
        uuids << m.uuid;
    return m_session->putBack({}, uuids);
}

ReplaceMeasuresCommand::ReplaceMeasuresCommand(CatalogueSession *session, const QString &text, QList<Measure> before,
                                               QStringList added, QList<Measure> after, PartnerSnapshot partners)
    : SessionCommand(session), m_before(std::move(before)), m_added(std::move(added)), m_after(std::move(after)),
      m_partners(std::move(partners))
{
    setText(text);
}

QString ReplaceMeasuresCommand::undoChange()
{
    return m_session->putBack(m_before, m_added, m_partners);
}

QString ReplaceMeasuresCommand::redoChange() { return m_session->putBack(m_after, {}); }

PartnerCommand::PartnerCommand(CatalogueSession *session, const QString &text, PartnerSnapshot before, std::function<QString()> repeat)
    : SessionCommand(session), m_before(std::move(before)), m_repeat(std::move(repeat))
{
    setText(text);
}

QString PartnerCommand::undoChange() { return m_session->restorePartners(m_before); }

QString PartnerCommand::redoChange() { return m_session->repeatPartnerChange(m_repeat); }

TermCommand::TermCommand(CatalogueSession *session, const QString &text, std::optional<VocabularyTerm> before,
                         std::optional<VocabularyTerm> after)
    : SessionCommand(session), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

QString TermCommand::put(const std::optional<VocabularyTerm> &from, const std::optional<VocabularyTerm> &to)
{
    if (to)
        return m_session->putTerm(*to);
    return from ? m_session->dropTerm(*from) : QString();
}

QString TermCommand::undoChange() { return put(m_after, m_before); }

QString TermCommand::redoChange() { return put(m_before, m_after); }
