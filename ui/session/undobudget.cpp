// SPDX-License-Identifier: GPL-3.0-or-later
#include "undobudget.h"

#include "measurecommands.h"

#include <QUndoStack>

namespace {
SessionCommand *stepAt(const QUndoStack &steps, int index)
{
    return dynamic_cast<SessionCommand *>(const_cast<QUndoCommand *>(steps.command(index)));
}
} // namespace

qint64 UndoBudget::held() const
{
    qint64 bytes = 0;
    for (int i = m_floor; i < m_steps.count(); ++i)
        if (const SessionCommand *step = stepAt(m_steps, i))
            bytes += step->bytes();
    return bytes;
}

int UndoBudget::trim()
{
    m_floor = qMin(m_floor, m_steps.count());
    qint64 bytes = held();
    int gone = 0;
    // The newest step always stays: it is never larger than the budget.
    while (bytes > m_bytes && m_floor < m_steps.count() - 1) {
        if (SessionCommand *step = stepAt(m_steps, m_floor)) {
            bytes -= step->bytes();
            step->letGo();
        }
        ++m_floor;
        ++gone;
    }
    return gone;
}

bool UndoBudget::canUndo() const { return m_steps.canUndo() && m_steps.index() > m_floor; }
