#include "durability.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
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
    // link() + unlink() instead of rename(): link refuses to replace a file that appeared meanwhile.
    if (::link(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::unlink(QFile::encodeName(temporary).constData());
    return syncFolderOf(target, error);
}

} // namespace Durability
