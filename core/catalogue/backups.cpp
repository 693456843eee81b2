#include "backups.h"

#include <QDir>
#include <QFileInfo>

namespace {

QString stamp(const QDateTime &when) { return when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")); }

QString uniquePath(const QString &folder, const QString &stem, const QString &suffix)
{
    QDir dir(folder);
    QString candidate = dir.filePath(stem + u'.' + suffix);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = dir.filePath(QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(suffix));
    return candidate;
}

QString ensureFolder(const QString &cataloguePath)
{
    const QString folder = Backups::folderFor(cataloguePath);
    QDir().mkpath(folder);
    return folder;
}

} // namespace

namespace Backups {

QString folderFor(const QString &cataloguePath)
{
    const QFileInfo info(cataloguePath);
    return info.absoluteDir().filePath(QStringLiteral("%1 backups").arg(info.completeBaseName()));
}

QString migrationBackupPath(const QString &cataloguePath, int fromVersion, const QDateTime &when)
{
    const QFileInfo info(cataloguePath);
    return uniquePath(ensureFolder(cataloguePath),
                      QStringLiteral("%1 before-format-%2 %3").arg(info.completeBaseName()).arg(fromVersion + 1).arg(stamp(when)),
                      info.suffix().isEmpty() ? QStringLiteral("measures") : info.suffix());
}

QString snapshotPath(const QString &cataloguePath, bool automatic, const QDateTime &when)
{
    const QFileInfo info(cataloguePath);
    const QString kind = automatic ? QStringLiteral("auto") : QStringLiteral("copy");
    return uniquePath(ensureFolder(cataloguePath),
                      QStringLiteral("%1 %2 %3").arg(info.completeBaseName(), kind, stamp(when)),
                      info.suffix().isEmpty() ? QStringLiteral("measures") : info.suffix());
}

QStringList automaticBackups(const QString &cataloguePath)
{
    const QFileInfo info(cataloguePath);
    QDir dir(folderFor(cataloguePath));
    const QStringList names = dir.entryList({QStringLiteral("%1 auto *").arg(info.completeBaseName())},
                                            QDir::Files, QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names)
        if (!name.endsWith(QStringLiteral(".partial")))
            paths << dir.filePath(name);
    return paths;
}

int rotate(const QString &cataloguePath, int keep)
{
    const QStringList all = automaticBackups(cataloguePath);
    int removed = 0;
    for (int i = keep; i < all.size(); ++i)
        removed += QFile::remove(all.at(i)) ? 1 : 0;
    return removed;
}

} // namespace Backups

namespace Backups {

QStringList all(const QString &cataloguePath)
{
    const QFileInfo info(cataloguePath);
    QDir dir(folderFor(cataloguePath));
    QFileInfoList files = dir.entryInfoList({QStringLiteral("%1 *").arg(info.completeBaseName())}, QDir::Files, QDir::Time);
    QStringList paths;
    for (const QFileInfo &file : files)
        if (!file.fileName().endsWith(QStringLiteral(".partial")))
            paths << file.absoluteFilePath();
    return paths;
}

QString restoredPath(const QString &cataloguePath, const QDateTime &when)
{
    const QFileInfo info(cataloguePath);
    return uniquePath(info.absolutePath(), QStringLiteral("%1 restored %2").arg(info.completeBaseName(), stamp(when)),
                      info.suffix().isEmpty() ? QStringLiteral("measures") : info.suffix());
}

} // namespace Backups
