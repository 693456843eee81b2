// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measuredraft.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

// Keeps an open form's draft (MeasureDraft) as it is typed, so that a crash or a power cut
// loses at most the last few seconds: after a pause in typing, and at least every few seconds
// while typing goes on. The draft is encoded here and written by a background thread (one for
// all forms, so that writes keep their order): typing never waits for the disk; closing the
// form waits for its last write and removes the draft.
class DraftKeeper : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPauseMs = 1500;  // written this long after the last keystroke
    static constexpr int kLatestMs = 5000; // and never later than this after the first unkept one

    // `read` gives what the form holds, or nothing when it holds no change to keep.
    DraftKeeper(QString cataloguePath, QString id, std::function<std::optional<MeasureDraft::Typed>()> read, QObject *parent = nullptr);

    QString id() const { return m_id; }
    void setId(const QString &id) { m_id = id; } // a kept draft reopened goes on under its own id
    void changed();  // something was typed
    void keepNow();  // written before this returns (the session is ending)
    void discard();  // saved or given up: the draft goes before this returns (after any write still queued)

    // Tests: every queued write done.
    static void waitForWrites();

private:
    void write();

    QString m_path, m_id;
    std::function<std::optional<MeasureDraft::Typed>()> m_read;
    QTimer m_pause, m_latest;
    QByteArray m_written; // what was kept last, without its time: a focus change is not typing
};
