// SPDX-License-Identifier: GPL-3.0-or-later
#include "editlock.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QLockFile>

EditLock::EditLock(const QString &cataloguePath)
    : m_lockPath(lockPathFor(cataloguePath)), m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    m_lock->setStaleLockTime(0); // held for the whole session: only a dead owner makes it stale
}

EditLock::~EditLock() = default;

EditLock::Result EditLock::acquire()
{
    if (m_lock->tryLock(0))
        return Result::Acquired;
    return m_lock->error() == QLockFile::LockFailedError ? Result::HeldByAnother : Result::CannotCreate;
}

QString EditLock::ownerDescription() const
{
    qint64 pid = 0;
    QString host, app;
    // The owner creates the lock file, then writes who it is: a moment later, it says.
    bool known = m_lock->getLockInfo(&pid, &host, &app);
    for (int attempt = 0; !known && attempt < 25 && QFileInfo::exists(m_lockPath); ++attempt) {
        QThread::msleep(20);
        known = m_lock->getLockInfo(&pid, &host, &app);
    }
    if (!known)
        return tr("owner unknown");
    return tr("%1, process %2 on %3").arg(app.isEmpty() ? tr("another program") : app).arg(pid).arg(host);
}

bool EditLock::isHeld(const QString &cataloguePath)
{
    const QString path = lockPathFor(cataloguePath);
    if (!QFileInfo::exists(path))
        return false;
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

QString EditLock::lockPathFor(const QString &cataloguePath)
{
    const QFileInfo info(cataloguePath);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}
