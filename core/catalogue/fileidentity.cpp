// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileidentity.h"

#include <QFile>

#include <cerrno>
#include <sys/stat.h>

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity identity;
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0) {
        identity.m_device = quint64(info.st_dev);
        identity.m_inode = quint64(info.st_ino);
    }
    return identity;
}

bool FileIdentity::stillAt(const QString &path) const
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return errno != ENOENT && errno != ENOTDIR; // a network drive's hiccup (EIO, ESTALE, EACCES...) is not "gone"
    return m_inode == 0 || (quint64(info.st_dev) == m_device && quint64(info.st_ino) == m_inode);
}
