// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM and SIGHUP (the desktop session logging out, a system shutdown) arrive as a Qt signal
// in the event loop, so that the window can close its catalogue as Quit does instead of dying
// with changes still in the "-wal" file beside it.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    // Installs the handlers once per process; the returned object lives as long as the process.
    static TerminationSignals &install();

signals:
    void terminationRequested(int signalNumber);

private:
    TerminationSignals();
    QSocketNotifier *m_notifier = nullptr;
};
