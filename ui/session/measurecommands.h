// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/merge.h"

#include "model/measure.h"
#include "model/vocabulary.h"
#include "store/partnerstore.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <optional>

class CatalogueSession;

// A step of the catalogue's one undo history. The change itself happened before the command is
// pushed; undo() and redo() return a translated error, and a step that fails keeps the history
// where it was (CatalogueSession::undo / redo put the stack back).
class SessionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommand)
public:
    // What the step is called in the history, asked again when the interface language changes.
    using Describe = std::function<QString()>;

    explicit SessionCommand(CatalogueSession *session) : m_session(session) {}
    void describeAs(Describe describe);
    void retranslate();
    void undo() final;
    void redo() final;
    QString lastError() const { return m_error; }
    void skipNext() { m_skip = true; } // the next undo() or redo() only moves the stack back
    // What its copies hold (UndoCost), for the history's budget (UndoBudget).
    qint64 bytes() const { return m_bytes; }
    // The history's budget let it go: its copies are freed, and it can no longer be undone.
    void letGo();

protected:
    virtual QString undoChange() = 0;
    virtual QString redoChange() = 0;
    virtual void freeCopies() {}
    void setBytes(qint64 bytes) { m_bytes = bytes; }
    CatalogueSession *m_session;

private:
    bool m_skip = true; // pushing calls redo(): the change already happened
    bool m_letGo = false;
    qint64 m_bytes = 0;
    QString m_error;
    Describe m_describe;
};

class SaveMeasureCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveMeasureCommand)
public:
    // `partners`: the shared partners the save may have retyped or created, as they were.
    SaveMeasureCommand(CatalogueSession *session, std::optional<Measure> before, Measure after, PartnerSnapshot partners);

protected:
    QString undoChange() override;
    QString redoChange() override;
    void freeCopies() override;

private:
    std::optional<Measure> m_before;
    Measure m_after;
    PartnerSnapshot m_partners;
};

class DeleteMeasuresCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteMeasuresCommand)
public:
    DeleteMeasuresCommand(CatalogueSession *session, const QList<Measure> &measures);

protected:
    QString undoChange() override;
    QString redoChange() override;
    void freeCopies() override;

private:
    MeasureCopies m_measures;
};

// An import (or, later, a merge): measures updated and added in one step.
class ReplaceMeasuresCommand : public SessionCommand
{
public:
    ReplaceMeasuresCommand(CatalogueSession *session, Describe text, MeasureCopies before, QStringList added,
                           MeasureCopies after, PartnerSnapshot partners = {});

protected:
    QString undoChange() override;
    QString redoChange() override;
    void freeCopies() override;

private:
    MeasureCopies m_before;
    QStringList m_added;
    MeasureCopies m_after;
    PartnerSnapshot m_partners; // partners the step created (removed again on undo)
};

// A colleague's catalogue merged in (or duplicates merged): undone by putting back what it
// changed, removing what it added (measures, then their terms); redone by writing the merged
// measures again. `undoOrigin` marks what undoing it writes (RevisionOrigin::undoMerge for a
// colleague's catalogue: Compare Again asks about it).
class MergeCommand : public SessionCommand
{
public:
    MergeCommand(CatalogueSession *session, Describe text, Merge::Applied applied, QString undoOrigin);

protected:
    QString undoChange() override;
    QString redoChange() override;
    void freeCopies() override;

private:
    Merge::Applied m_applied;
    QString m_undoOrigin;
};

// Rename, retype or merge partners: undone from the snapshot taken before, redone by repeating.
class PartnerCommand : public SessionCommand
{
public:
    PartnerCommand(CatalogueSession *session, Describe text, PartnerSnapshot before, std::function<QString()> repeat);

protected:
    QString undoChange() override;
    QString redoChange() override;

private:
    PartnerSnapshot m_before;
    std::function<QString()> m_repeat;
};

// A custom domain or partner type added, relabelled or removed.
class TermCommand : public SessionCommand
{
public:
    TermCommand(CatalogueSession *session, Describe text, std::optional<VocabularyTerm> before,
                std::optional<VocabularyTerm> after);

protected:
    QString undoChange() override;
    QString redoChange() override;

private:
    QString put(const std::optional<VocabularyTerm> &from, const std::optional<VocabularyTerm> &to);
    std::optional<VocabularyTerm> m_before, m_after;
};
