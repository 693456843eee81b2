// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurecommands.h"

#include "cataloguesession.h"

#include "model/undocost.h"

namespace {
QString shortTitle(const QString &title) { return title.size() > 40 ? title.left(39) + u'…' : title; }
} // namespace

void SessionCommand::describeAs(Describe describe)
{
    m_describe = std::move(describe);
    retranslate();
}

void SessionCommand::retranslate()
{
    if (m_describe)
        setText(m_describe());
}

void SessionCommand::letGo()
{
    m_letGo = true;
    m_bytes = 0;
    freeCopies();
}

void SessionCommand::undo()
{
    if (std::exchange(m_skip, false))
        return;
    // Never asked in the window (UndoBudget::canUndo); said all the same rather than doing half a step.
    m_error = m_letGo ? tr("This step is no longer kept: the undo history let it go to stay within its memory budget.") : undoChange();
}

void SessionCommand::redo()
{
    if (std::exchange(m_skip, false))
        return;
    m_error = m_letGo ? tr("This step is no longer kept: the undo history let it go to stay within its memory budget.") : redoChange();
}

SaveMeasureCommand::SaveMeasureCommand(CatalogueSession *session, std::optional<Measure> before, Measure after,
                                       PartnerSnapshot partners)
    : SessionCommand(session), m_before(std::move(before)), m_after(std::move(after)), m_partners(std::move(partners))
{
    setBytes((m_before ? UndoCost::of(*m_before) : 0) + UndoCost::of(m_after));
    describeAs([edit = m_before.has_value(), title = shortTitle(m_after.title)] {
        return edit ? tr("Edit “%1”").arg(title) : tr("New measure “%1”").arg(title);
    });
}

QString SaveMeasureCommand::undoChange()
{
    return m_before ? m_session->putBack({std::make_shared<const Measure>(*m_before)}, {}, m_partners)
                    : m_session->putBack({}, {m_after.uuid}, m_partners);
}

QString SaveMeasureCommand::redoChange() { return m_session->putBack({std::make_shared<const Measure>(m_after)}, {}); }

void SaveMeasureCommand::freeCopies()
{
    m_before.reset();
    m_after = {};
    m_partners = {};
}

DeleteMeasuresCommand::DeleteMeasuresCommand(CatalogueSession *session, const QList<Measure> &measures) : SessionCommand(session)
{
    m_measures.reserve(measures.size());
    for (const Measure &m : measures)
        m_measures << std::make_shared<const Measure>(m);
    setBytes(UndoCost::of(m_measures));
    describeAs([count = int(m_measures.size()), title = m_measures.isEmpty() ? QString() : shortTitle(m_measures.first()->title)] {
        return count == 1 ? tr("Delete “%1”").arg(title) : tr("Delete %Ln measure(s)", nullptr, count);
    });
}

QString DeleteMeasuresCommand::undoChange() { return m_session->putBack(m_measures, {}); }

QString DeleteMeasuresCommand::redoChange()
{
    QStringList uuids;
    for (const std::shared_ptr<const Measure> &m : m_measures)
        uuids << m->uuid;
    return m_session->putBack({}, uuids);
}

void DeleteMeasuresCommand::freeCopies() { m_measures = {}; }

ReplaceMeasuresCommand::ReplaceMeasuresCommand(CatalogueSession *session, Describe text, MeasureCopies before,
                                               QStringList added, MeasureCopies after, PartnerSnapshot partners)
    : SessionCommand(session), m_before(std::move(before)), m_added(std::move(added)), m_after(std::move(after)),
      m_partners(std::move(partners))
{
    setBytes(UndoCost::of(m_before + m_after));
    describeAs(std::move(text));
}

QString ReplaceMeasuresCommand::undoChange()
{
    return m_session->putBack(m_before, m_added, m_partners);
}

QString ReplaceMeasuresCommand::redoChange() { return m_session->putBack(m_after, {}); }

void ReplaceMeasuresCommand::freeCopies()
{
    m_before = {};
    m_after = {};
    m_partners = {};
}

MergeCommand::MergeCommand(CatalogueSession *session, Describe text, Merge::Applied applied, QString undoOrigin)
    : SessionCommand(session), m_applied(std::move(applied)), m_undoOrigin(std::move(undoOrigin))
{
    setBytes(UndoCost::of(m_applied.before + m_applied.after));
    describeAs(std::move(text));
}

// Undoing a merge is a revert (docs/design-notes.md): what it changed goes back as new
// revisions after the merge's, so their changes stay seen and merging the same file again
// brings nothing; Redo writes the merged versions again.
QString MergeCommand::undoChange()
{
    return m_session->putBack(m_applied.before, m_applied.addedUuids, m_applied.partners, m_applied.relabelledBefore,
                              m_applied.addedTerms, m_undoOrigin);
}

QString MergeCommand::redoChange()
{
    return m_session->putBack(m_applied.after, m_applied.deletedUuids, m_applied.partnersAfter,
                              m_applied.addedTerms + m_applied.relabelledAfter, {});
}

void MergeCommand::freeCopies() { m_applied = {}; }

PartnerCommand::PartnerCommand(CatalogueSession *session, Describe text, PartnerSnapshot before, std::function<QString()> repeat)
    : SessionCommand(session), m_before(std::move(before)), m_repeat(std::move(repeat))
{
    describeAs(std::move(text));
}

QString PartnerCommand::undoChange() { return m_session->restorePartners(m_before); }

QString PartnerCommand::redoChange() { return m_session->repeatPartnerChange(m_repeat); }

TermCommand::TermCommand(CatalogueSession *session, Describe text, std::optional<VocabularyTerm> before,
                         std::optional<VocabularyTerm> after)
    : SessionCommand(session), m_before(std::move(before)), m_after(std::move(after))
{
    describeAs(std::move(text));
}

QString TermCommand::put(const std::optional<VocabularyTerm> &from, const std::optional<VocabularyTerm> &to)
{
    if (to)
        return m_session->putTerm(*to);
    return from ? m_session->dropTerm(*from) : QString();
}

QString TermCommand::undoChange() { return put(m_after, m_before); }

QString TermCommand::redoChange() { return put(m_before, m_after); }
