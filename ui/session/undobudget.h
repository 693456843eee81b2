// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/undocost.h"

class QUndoStack;

// Keeps the undo history within a memory budget: past it, its oldest steps let their copies go
// and can no longer be undone (the steps after them still can). One step never exceeds the
// budget: a step too large to keep is not pushed at all (UndoCost::kMaxStepBytes).
class UndoBudget
{
public:
    explicit UndoBudget(QUndoStack &steps) : m_steps(steps) {}
    void setBytes(qint64 bytes) { m_bytes = bytes; } // tests use a small one
    qint64 bytes() const { return m_bytes; }
    // After a push: lets the oldest steps go while the history holds more than the budget.
    // Returns how many went.
    int trim();
    // The newest step still undoable is above the ones let go.
    bool canUndo() const;
    qint64 held() const; // what the steps still kept hold
    void reset() { m_floor = 0; } // the history was cleared

private:
    QUndoStack &m_steps;
    qint64 m_bytes = UndoCost::kHistoryBytes;
    int m_floor = 0; // steps below this were let go
};
