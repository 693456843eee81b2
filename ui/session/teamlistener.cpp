// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlistener.h"

#include <QAtomicInteger>
#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace {
QAtomicInteger<int> listeners;
const QString kChannel = QStringLiteral("measures_team");
} // namespace

TeamListener::TeamListener(QObject *parent) : QObject(parent)
{
    m_worker = new TeamListenerWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TeamListenerWorker::changesFromTeam, this, &TeamListener::changesFromTeam);
    connect(m_worker, &TeamListenerWorker::listening, this, &TeamListener::listening);
    m_thread.setObjectName(QStringLiteral("team listener"));
    m_thread.start();
}

TeamListener::~TeamListener()
{
    stop();
    m_thread.quit();
    // A connection being made gives up within its connect_timeout (TeamUrl): never longer than that.
    m_thread.wait(15000);
}

void TeamListener::listen(const TeamUrl &url, qint64 pulledSeq)
{
    TeamListenerWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, url, pulledSeq] { worker->start(url, pulledSeq); }, Qt::QueuedConnection);
}

void TeamListener::stop()
{
    TeamListenerWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->stop(); }, Qt::QueuedConnection); // never waits for a slow server
}

TeamListenerWorker::~TeamListenerWorker() { close(); }

void TeamListenerWorker::start(const TeamUrl &url, qint64 pulledSeq)
{
    const bool same = m_url.host == url.host && m_url.port == url.port && m_url.database == url.database && m_url.user == url.user
                   && m_url.password == url.password && !m_name.isEmpty() && QSqlDatabase::database(m_name, false).isOpen();
    m_url = url;
    m_pulledSeq = pulledSeq;
    if (!m_retry) {
        m_retry = new QTimer(this);
        m_retry->setInterval(30000);
        connect(m_retry, &QTimer::timeout, this, [this] {
            // A dropped connection (a server restart, the network gone) is found here and made again.
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery ping(db);
            if (m_name.isEmpty() || !db.isOpen() || !ping.exec(QStringLiteral("SELECT 1")))
                connectAndSubscribe();
        });
    }
    m_retry->start();
    if (same)
        count();
    else
        connectAndSubscribe();
}

void TeamListenerWorker::stop()
{
    if (m_retry)
        m_retry->stop();
    close();
}

void TeamListenerWorker::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.driver()->unsubscribeFromNotification(kChannel);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

void TeamListenerWorker::connectAndSubscribe()
{
    close();
    m_name = QStringLiteral("measures-team-listener-%1").arg(listeners.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_url.applyTo(db);
    if (!db.open() || !db.driver()->subscribeToNotification(kChannel)) {
        emit listening(false);
        return;
    }
    connect(db.driver(), &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == kChannel)
            count();
    });
    emit listening(true);
    count(); // what was pushed while nobody listened
}

void TeamListenerWorker::count()
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.prepare(QStringLiteral("SELECT count(*) FROM team.measure_head WHERE push_seq > ?"));
    query.addBindValue(m_pulledSeq);
    if (query.exec() && query.next())
        emit changesFromTeam(query.value(0).toLongLong());
}
