#pragma once

#include "model/measure.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

class CatalogueSession;

// Undo of a save: the measure as it was before (none for a new measure) and as saved.
class SaveMeasureCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveMeasureCommand)
public:
    SaveMeasureCommand(CatalogueSession *session, std::optional<Measure> before, Measure after);
    void undo() override;
    void redo() override;

private:
    CatalogueSession *m_session;
    std::optional<Measure> m_before;
    Measure m_after;
    bool m_done = true; // the save already happened when the command is pushed
};

class DeleteMeasuresCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteMeasuresCommand)
public:
    DeleteMeasuresCommand(CatalogueSession *session, QList<Measure> measures);
    void undo() override;
    void redo() override;

private:
    CatalogueSession *m_session;
    QList<Measure> m_measures;
    bool m_done = true;
};
