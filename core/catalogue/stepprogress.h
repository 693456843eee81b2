// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QtGlobal>
#include <atomic>

// How far a big step (a merge, an import, an undo of either, a backup copy) has got, and whether
// the analyst asked it to stop. The step runs on a worker thread and writes here; the window
// reads it to draw its progress and writes cancel(). A step asked to stop ends as if it had
// failed: its transaction rolls back and it removes the copies it made (SQLite stops the
// statement running through the connection's progress handler, SqliteConnection::watch).
class StepProgress
{
public:
    void setTotal(qint64 total) { m_total.store(total); } // 0: not known (a busy indicator)
    void setDone(qint64 done) { m_done.store(done); }
    void advance(qint64 by = 1) { m_done.fetch_add(by); }
    qint64 total() const { return m_total.load(); }
    qint64 done() const { return m_done.load(); }

    // What part of the step runs now, when it has parts (the backup copy made first), translated;
    // empty: the step itself.
    void setPart(const QString &part)
    {
        QMutexLocker lock(&m_partMutex);
        m_part = part;
    }
    QString part() const
    {
        QMutexLocker lock(&m_partMutex);
        return m_part;
    }

    void cancel() { m_cancelled.store(true); } // from any thread
    bool isCancelled() const { return m_cancelled.load(); }

private:
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_partMutex;
    QString m_part;
};
