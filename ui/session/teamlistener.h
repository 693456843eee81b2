// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/teamurl.h"

#include <QObject>
#include <QThread>

class TeamListenerWorker;

// While a linked catalogue is open, the window learns when colleagues push: a connection of its
// own LISTENs to the team's notices (QSqlDriver::subscribeToNotification), on a thread of its own
// so that a slow or absent server never holds the window. After a dropped connection or a server
// restart it connects and subscribes again (every 30 seconds until it can).
class TeamListener : public QObject
{
    Q_OBJECT
public:
    explicit TeamListener(QObject *parent = nullptr);
    ~TeamListener() override;

    // Listens to the team at `url` (with its password), counting what was pushed after `pulledSeq`.
    void listen(const TeamUrl &url, qint64 pulledSeq);
    void stop();

signals:
    // Measures the team changed after the last push this copy read (0: nothing new).
    void changesFromTeam(qint64 measures);
    void listening(bool connected);

private:
    QThread m_thread;
    TeamListenerWorker *m_worker = nullptr;
};

// The part that lives on the listener's thread (its QSqlDatabase connection belongs there).
class TeamListenerWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TeamListenerWorker() override;

public slots:
    void start(const TeamUrl &url, qint64 pulledSeq);
    void stop();

signals:
    void changesFromTeam(qint64 measures);
    void listening(bool connected);

private:
    void connectAndSubscribe();
    void count();
    void close();
    TeamUrl m_url;
    qint64 m_pulledSeq = 0;
    QString m_name;
    class QTimer *m_retry = nullptr;
};
