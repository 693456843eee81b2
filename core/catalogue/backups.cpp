// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "catalogueprobe.h"
#include "durability.h"
#include "readonlypolicy.h"
#include "sqliteconnection.h"
#include "sqlitestatement.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace {

QString stamp(const QDateTime &when) { return when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")); }

QString suffixOf(const QString &cataloguePath)
{
    const QString suffix = QFileInfo(cataloguePath).suffix();
    return suffix.isEmpty() ? QStringLiteral("measures") : suffix;
}

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

// Copies of this catalogue whose names start with "<name> <kind>": matched as plain text, never
// as a wildcard (a catalogue may be called "Informe [2024]").
QFileInfoList copiesStartingWith(const QString &cataloguePath, const QString &kindPrefix)
{
    const QString prefix = QFileInfo(cataloguePath).completeBaseName() + u' ' + kindPrefix;
    QFileInfoList matches;
    const QFileInfoList files = QDir(Backups::folderFor(cataloguePath)).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files)
        if (file.fileName().startsWith(prefix) && !file.fileName().endsWith(QStringLiteral(".partial")))
            matches << file;
    return matches;
}

} // namespace

QString Backups::folderFor(const QString &cataloguePath)
{
    const QFileInfo info(cataloguePath);
    return info.absoluteDir().filePath(QStringLiteral("%1 backups").arg(info.completeBaseName()));
}

QString Backups::migrationBackupPath(const QString &cataloguePath, int fromVersion, const QDateTime &when)
{
    return uniquePath(ensureFolder(cataloguePath),
                      QStringLiteral("%1 before-format-%2 %3").arg(QFileInfo(cataloguePath).completeBaseName()).arg(fromVersion + 1).arg(stamp(when)),
                      suffixOf(cataloguePath));
}

QString Backups::snapshotPath(const QString &cataloguePath, bool automatic, const QDateTime &when)
{
    const QString kind = automatic ? QStringLiteral("auto") : QStringLiteral("copy");
    return uniquePath(ensureFolder(cataloguePath), QStringLiteral("%1 %2 %3").arg(QFileInfo(cataloguePath).completeBaseName(), kind, stamp(when)),
                      suffixOf(cataloguePath));
}

namespace {

QString kindWord(Backups::Kind kind)
{
    return kind == Backups::Kind::BeforeMerge    ? QStringLiteral("before-merge")
         : kind == Backups::Kind::BeforeDelete ? QStringLiteral("before-delete")
                                               : QStringLiteral("before-import");
}

// Newest first: names carry the UTC time right after the kind.
QStringList newestFirst(QFileInfoList files)
{
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() > b.fileName(); });
    QStringList paths;
    for (const QFileInfo &file : files)
        paths << file.absoluteFilePath();
    return paths;
}

// The source's name as a file name can hold it: no folder separators or control characters, not too long.
QString sourceName(const QString &source)
{
    QString name = QFileInfo(source).completeBaseName();
    for (QChar &c : name)
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            c = u'_';
    return name.left(60).trimmed();
}

} // namespace

QString Backups::stepPath(const QString &cataloguePath, Kind kind, const QString &source, const QDateTime &when)
{
    const QString name = sourceName(source);
    return uniquePath(ensureFolder(cataloguePath),
                      QStringLiteral("%1 %2 %3 %4").arg(QFileInfo(cataloguePath).completeBaseName(), kindWord(kind), stamp(when), name).trimmed(),
                      suffixOf(cataloguePath));
}

Backups::StepCopy::StepCopy(const QString &cataloguePath, Kind kind, const QString &source)
    : m_folder(folderFor(cataloguePath)), m_hadFolder(QFileInfo::exists(m_folder))
{
    m_path = stepPath(cataloguePath, kind, source);
}

void Backups::StepCopy::discard()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
    if (!m_hadFolder)
        QDir().rmdir(m_folder); // only if empty
    m_path.clear();
}

QDateTime Backups::newestStepCopy(const QString &cataloguePath, Kind kind, const QString &source)
{
    const QString name = sourceName(source);
    for (const QString &path : newestFirst(copiesStartingWith(cataloguePath, kindWord(kind) + u' ')))
        if (sourceOf(cataloguePath, path) == name) {
            const QString prefix = QFileInfo(cataloguePath).completeBaseName() + u' ' + kindWord(kind) + u' ';
            const QString stamp = QFileInfo(path).completeBaseName().mid(prefix.size(), 15); // yyyyMMdd-HHmmss, UTC
            const QDateTime when(QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd")),
                                 QTime::fromString(stamp.mid(9), QStringLiteral("HHmmss")), Qt::UTC);
            if (when.isValid())
                return when;
        }
    return {};
}

QString Backups::sourceOf(const QString &cataloguePath, const QString &backupPath)
{
    const Kind kind = kindOf(cataloguePath, backupPath);
    if (kind != Kind::BeforeMerge && kind != Kind::BeforeImport && kind != Kind::BeforeDelete)
        return {};
    const QString prefix = QFileInfo(cataloguePath).completeBaseName() + u' ' + kindWord(kind) + u' ';
    const QString rest = QFileInfo(backupPath).completeBaseName().mid(prefix.size()); // "<stamp> <source>"
    const qsizetype space = rest.indexOf(u' ');
    return space < 0 ? QString() : rest.mid(space + 1);
}

QStringList Backups::automaticBackups(const QString &cataloguePath)
{
    QFileInfoList files = copiesStartingWith(cataloguePath, QStringLiteral("auto "));
    // Names carry the UTC time, so the name order is the time order.
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() > b.fileName(); });
    QStringList paths;
    for (const QFileInfo &file : files)
        paths << file.absoluteFilePath();
    return paths;
}

int Backups::rotate(const QString &cataloguePath, int keep)
{
    int removed = 0;
    for (const QString &kind : {QStringLiteral("auto "), QStringLiteral("before-merge "), QStringLiteral("before-import "),
                                QStringLiteral("before-delete ")}) {
        const QStringList copies = newestFirst(copiesStartingWith(cataloguePath, kind));
        for (int i = keep; i < copies.size(); ++i)
            removed += QFile::remove(copies.at(i)) ? 1 : 0;
    }
    // Before upgrades: "before-format-N <stamp>", newest by time whatever N.
    QFileInfoList upgrades = copiesStartingWith(cataloguePath, QStringLiteral("before-format-"));
    std::sort(upgrades.begin(), upgrades.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.fileName().section(u' ', -1) > b.fileName().section(u' ', -1);
    });
    for (int i = keep; i < upgrades.size(); ++i)
        removed += QFile::remove(upgrades.at(i).absoluteFilePath()) ? 1 : 0;
    return removed;
}

int Backups::removeAbandonedPartials(const QString &cataloguePath, int olderThanMinutes)
{
    const QDir folder(folderFor(cataloguePath));
    if (!folder.exists())
        return 0;
    // Not the copy another window is making right now: only what nobody wrote to for a while.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60LL * olderThanMinutes);
    int removed = 0;
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.partial"), QStringLiteral("*.partial-journal"),
                                                       QStringLiteral("*.partial-wal"), QStringLiteral("*.partial-shm")},
                                                      QDir::Files | QDir::Hidden))
        if (file.lastModified().toUTC() < before && QFile::remove(file.absoluteFilePath()))
            ++removed;
    return removed;
}

QStringList Backups::all(const QString &cataloguePath)
{
    QFileInfoList files = copiesStartingWith(cataloguePath, QString());
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() != b.lastModified() ? a.lastModified() > b.lastModified() : a.fileName() > b.fileName();
    });
    QStringList paths;
    for (const QFileInfo &file : files)
        paths << file.absoluteFilePath();
    return paths;
}

Backups::Kind Backups::kindOf(const QString &cataloguePath, const QString &backupPath)
{
    const QString base = QFileInfo(cataloguePath).completeBaseName() + u' ';
    const QString name = QFileInfo(backupPath).fileName();
    if (!name.startsWith(base))
        return Kind::Unknown;
    const QString rest = name.mid(base.size());
    if (rest.startsWith(QStringLiteral("auto ")))
        return Kind::Automatic;
    if (rest.startsWith(QStringLiteral("copy ")))
        return Kind::OnRequest;
    if (rest.startsWith(QStringLiteral("before-format-")))
        return Kind::BeforeUpgrade;
    if (rest.startsWith(QStringLiteral("before-merge ")))
        return Kind::BeforeMerge;
    if (rest.startsWith(QStringLiteral("before-import ")))
        return Kind::BeforeImport;
    if (rest.startsWith(QStringLiteral("before-delete ")))
        return Kind::BeforeDelete;
    return Kind::Unknown;
}

QString Backups::restoredPath(const QString &cataloguePath, const QDateTime &when)
{
    const QFileInfo info(cataloguePath);
    return uniquePath(info.absolutePath(), QStringLiteral("%1 restored %2").arg(info.completeBaseName(), stamp(when)), suffixOf(cataloguePath));
}

QString Backups::copy(SqliteConnection &connection, const QString &sourcePath, const QString &target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(sourcePath).absoluteFilePath())
        return tr("a backup cannot replace the catalogue itself");
    if (QFileInfo::exists(target))
        return tr("“%1” already exists").arg(QDir::toNativeSeparators(target));
    const QString partial = target + QStringLiteral(".partial");
    // The partial copy and the journal VACUUM INTO keeps beside it (left by a full disk).
    const auto removePartial = [&partial] {
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
    };
    removePartial();
    {
        // Made empty first (VACUUM INTO accepts an empty file): a folder that cannot be written
        // then says so in the system's own words, not as SQLite's "unable to open database".
        QFile probe(partial);
        if (!probe.open(QIODevice::WriteOnly))
            return tr("the folder “%1” cannot be written to (%2)")
                .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()), probe.errorString());
    }
    // query_only (how a writable file is viewed read-only) also refuses VACUUM INTO, which only
    // reads this file: lift it for the copy.
    SqliteStatement queryOnly(connection, QStringLiteral("PRAGMA query_only"));
    const bool wasQueryOnly = queryOnly.step() && queryOnly.int64(0) != 0;
    queryOnly.reset();
    if (wasQueryOnly)
        connection.execute("PRAGMA query_only = OFF");
    SqliteStatement vacuum(connection, QStringLiteral("VACUUM INTO ?"));
    vacuum.bindText(1, partial);
    const bool copied = vacuum.run();
    const QString vacuumError = vacuum.errorMessage();
    if (wasQueryOnly)
        connection.execute("PRAGMA query_only = ON");
    if (!copied) {
        removePartial();
        // A fragment: callers put it in their own sentence (Save a Copy, the backup before an upgrade...).
        return tr("the copy could not be written in “%1” (%2)")
            .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()), vacuumError);
    }
    // The copy must open as a healthy catalogue before it takes the final name; a copy the
    // analyst cancelled never takes it, however far it got.
    const CatalogueError check = CatalogueProbe::probe(partial, true);
    if (check.isError() || connection.isCancelled()) {
        removePartial();
        return check.isError() ? check.message() : tr("cancelled");
    }
    QString error;
    if (!Durability::publish(partial, target, &error)) {
        removePartial();
        return tr("the copy could not be renamed to “%1” (%2)").arg(QDir::toNativeSeparators(target), error);
    }
    return {};
}

QString Backups::copyFile(const QString &backupPath, const QString &target, const StepProgress *progress)
{
    const CatalogueError check = CatalogueProbe::probe(backupPath, true);
    if (check.isError())
        return check.message();
    const ReadOnlyPolicy::Plan plan = ReadOnlyPolicy::readOnlyPlan(backupPath);
    QString error;
    const auto connection = SqliteConnection::open(plan.target, plan.access, CatalogueProbe::kBusyTimeoutMs, &error);
    if (!connection)
        return error;
    connection->watch(progress);
    return copy(*connection, backupPath, target);
}
