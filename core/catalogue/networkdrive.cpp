// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkdrive.h"

#include <QStorageInfo>
#include <QStringList>

bool NetworkDrive::isNetworkFileSystem(const QString &fileSystemType)
{
    const QString type = fileSystemType.toLower();
    static const QStringList network = {QStringLiteral("nfs"),   QStringLiteral("nfs4"),   QStringLiteral("cifs"),
                                        QStringLiteral("smbfs"), QStringLiteral("smb3"),   QStringLiteral("smb2"),
                                        QStringLiteral("9p"),    QStringLiteral("afs"),    QStringLiteral("ceph"),
                                        QStringLiteral("davfs"), QStringLiteral("ncpfs"),  QStringLiteral("glusterfs"),
                                        QStringLiteral("lustre"), QStringLiteral("gpfs")};
    return network.contains(type) || type.startsWith(QStringLiteral("fuse.sshfs")) || type.startsWith(QStringLiteral("fuse.rclone"))
        || type.startsWith(QStringLiteral("fuse.davfs")) || type.startsWith(QStringLiteral("fuse.glusterfs"));
}

QString NetworkDrive::warningFor(const QString &path)
{
    const QString type = QString::fromUtf8(QStorageInfo(path).fileSystemType());
    if (!isNetworkFileSystem(type))
        return {};
    return tr("This catalogue is on a network drive (%1). If two computers open it at the same time it can be damaged. "
              "Copy it to this computer to work on it, and copy it back when you are done.").arg(type);
}
