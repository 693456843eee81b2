// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlypolicy.h"

#include "i18n/surface.h"
#include "editlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace {

QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
}

bool hasWalContent(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

} // namespace

bool ReadOnlyPolicy::isFolderWritable(const QString &path) { return QFileInfo(QFileInfo(path).absolutePath()).isWritable(); }

ReadOnlyPolicy::Plan ReadOnlyPolicy::readOnlyPlan(const QString &path)
{
    // Without recent changes in a WAL, the file alone is the whole catalogue: SQLite reads it as
    // immutable and creates nothing beside it. With a WAL (an editor is at work, or one crashed),
    // the WAL must be read too; side files SQLite creates for that are removed afterwards.
    if (!hasWalContent(path))
        return {immutableUri(path), SqliteConnection::Access::ReadOnly, "PRAGMA foreign_keys = ON", false};
    return {QFileInfo(path).absoluteFilePath(), SqliteConnection::Access::ReadOnly, "PRAGMA foreign_keys = ON", true};
}

ReadOnlyPolicy::Plan ReadOnlyPolicy::plan(const QString &path, Reason reason)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    switch (reason) {
    case Reason::None:
        return {absolute, SqliteConnection::Access::ReadWrite,
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", false};
    case Reason::Requested:
        // A writable file viewed read-only, perhaps while another window edits it: a normal
        // connection (it sees the editor's changes as they are saved) that refuses to write. The
        // last connection to close tidies the side files away.
        if (QFileInfo(path).isWritable() && isFolderWritable(path))
            return {absolute, SqliteConnection::Access::ReadWrite, "PRAGMA query_only = ON; PRAGMA foreign_keys = ON", false};
        return readOnlyPlan(path);
    case Reason::FileNotWritable:
    case Reason::FolderNotWritable:
        return readOnlyPlan(path);
    }
    return readOnlyPlan(path);
}

QString ReadOnlyPolicy::explanation(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::Requested:
        return tr("This catalogue is open read-only. You can search and export, but not change it.");
    case Reason::FileNotWritable:
        return Surface::isCommandLine()
                 ? tr("This catalogue file is read-only, so it cannot be changed. Copy it to a folder where you can write, "
                      "or ask for write permission.")
                 : tr("This catalogue file is read-only, so it is open for viewing only. To edit it, save a copy with "
                      "File ▸ Save a Copy, or ask for write permission.");
    case Reason::FolderNotWritable:
        return Surface::isCommandLine()
                 ? tr("The folder of this catalogue is read-only, so it cannot be changed. Copy it to a folder where you "
                      "can write.")
                 : tr("The folder of this catalogue is read-only, so it is open for viewing only. To edit it, save a copy "
                      "in a folder where you can write with File ▸ Save a Copy.");
    }
    return {};
}

SideFiles::SideFiles(const QString &cataloguePath) : m_path(QFileInfo(cataloguePath).absoluteFilePath()) {}

bool SideFiles::exist() const
{
    return QFileInfo::exists(m_path + QStringLiteral("-wal")) || QFileInfo::exists(m_path + QStringLiteral("-shm"));
}

QString SideFiles::prepareForWriting() const
{
    const QFile::Permissions own = QFile::permissions(m_path);
    QStringList blocked;
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        const QFileInfo info(side);
        if (!info.exists() || info.isWritable())
            continue;
        // Ours: give it the catalogue's permissions (harmless to anyone reading it meanwhile).
        if (info.ownerId() == QFileInfo(m_path).ownerId() && QFile::setPermissions(side, own) && QFileInfo(side).isWritable())
            continue;
        blocked << QDir::toNativeSeparators(side);
    }
    if (blocked.isEmpty())
        return {};
    return tr("The catalogue cannot be edited because SQLite's working file “%1” beside it is read-only and belongs to "
              "another user. It is left over from an earlier use of the catalogue. Ask that user (or an administrator) to "
              "delete it or make it writable; the catalogue itself is not affected. Until then you can open it "
              "read-only.").arg(blocked.join(QStringLiteral("”, “")));
}

void SideFiles::remember()
{
    m_hadWal = QFileInfo::exists(m_path + QStringLiteral("-wal"));
    m_hadShm = QFileInfo::exists(m_path + QStringLiteral("-shm"));
}

void SideFiles::removeCreatedSince() const
{
    if (EditLock::isHeld(m_path))
        return; // an editor may be using them now
    if (!m_hadShm)
        QFile::remove(m_path + QStringLiteral("-shm"));
    if (!m_hadWal && QFileInfo(m_path + QStringLiteral("-wal")).size() == 0)
        QFile::remove(m_path + QStringLiteral("-wal"));
}
