// SPDX-License-Identifier: GPL-3.0-or-later
#include "durability.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

bool syncPath(const QString &path, int flags, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    int rc;
    do
        rc = ::fsync(fd);
    while (rc != 0 && errno == EINTR);
    const int saved = errno;
    ::close(fd);
    if (rc != 0 && error)
        *error = QString::fromLocal8Bit(std::strerror(saved));
    return rc == 0;
}

} // namespace

namespace Durability {

bool syncFile(const QString &path, QString *error) { return syncPath(path, O_RDONLY, error); }

bool syncFolderOf(const QString &path, QString *error)
{
    return syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY, error);
}

bool publish(const QString &temporary, const QString &target, QString *error)
{
    if (!syncFile(temporary, error))
        return false;
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(target);
    // Never replace a file that appeared meanwhile: rename without replacing where the file
    // system can (renameat2), else a hard link and unlink, else (FAT, some network shares) a
    // plain rename after checking that the name is free.
    bool done = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0;
    if (!done && (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP)) {
        done = ::link(from.constData(), to.constData()) == 0;
        if (done)
            ::unlink(from.constData());
        else if (errno == EPERM || errno == EOPNOTSUPP || errno == ENOSYS)
            done = !QFile::exists(target) && ::rename(from.constData(), to.constData()) == 0;
    }
    if (!done) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return syncFolderOf(target, error);
}

} // namespace Durability
