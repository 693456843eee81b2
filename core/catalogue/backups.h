// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class SqliteConnection;
class StepProgress;

// Safety copies of a catalogue live in a "<name> backups" folder beside it, so that they travel
// with the catalogue and never overwrite it.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    enum class Kind { Automatic, OnRequest, BeforeUpgrade, BeforeMerge, BeforeImport, BeforeDelete, Unknown };

    static QString folderFor(const QString &cataloguePath);
    // The copy made before upgrading a file from `fromVersion`.
    static QString migrationBackupPath(const QString &cataloguePath, int fromVersion,
                                       const QDateTime &when = QDateTime::currentDateTimeUtc());
    // A copy taken on request or on close; `automatic` ones are rotated.
    static QString snapshotPath(const QString &cataloguePath, bool automatic, const QDateTime &when = QDateTime::currentDateTimeUtc());
    // The copy made before a step that cannot be undone otherwise (Kind::BeforeMerge, a
    // colleague's catalogue; Kind::BeforeImport, a large sheet; Kind::BeforeDelete, many measures):
    // `source` names that file (or the number of measures deleted), so that the restore dialog
    // can say why the copy exists.
    static QString stepPath(const QString &cataloguePath, Kind kind, const QString &source,
                            const QDateTime &when = QDateTime::currentDateTimeUtc());
    // A step's copy (stepPath), named when the step starts; whether the backups folder was there
    // is noted first (naming makes it), so that a step that does nothing leaves neither its copy
    // nor a folder made for it (discard()).
    class StepCopy
    {
    public:
        StepCopy() = default; // no copy
        StepCopy(const QString &cataloguePath, Kind kind, const QString &source);
        const QString &path() const { return m_path; }
        void discard(); // the copy goes, and the folder too if it was made for it and is empty

    private:
        QString m_path, m_folder;
        bool m_hadFolder = true;
    };
    // When the newest copy of this kind made before a step with `source` was made (UTC), or an
    // invalid time when there is none.
    static QDateTime newestStepCopy(const QString &cataloguePath, Kind kind, const QString &source);
    // The file a step's copy was made before (its name without the folder or suffix), or "".
    static QString sourceOf(const QString &cataloguePath, const QString &backupPath);
    // Automatic copies of this catalogue, newest first.
    static QStringList automaticBackups(const QString &cataloguePath);
    // Deletes the copies of each kind made without being asked (automatic, before a merge,
    // before an import, before an upgrade) beyond the newest `keep` of that kind; copies made
    // with Back Up are the analyst's and stay. Returns how many were removed.
    static int rotate(const QString &cataloguePath, int keep);
    // Every copy of this catalogue (automatic, on request, before upgrades), newest first.
    static QStringList all(const QString &cataloguePath);
    // Copies a crash or power cut interrupted (“….partial” and SQLite's files beside them, not
    // touched for `olderThanMinutes`) are removed: they are never listed, and each weighs as much
    // as the catalogue. Returns how many files went.
    static int removeAbandonedPartials(const QString &cataloguePath, int olderThanMinutes = 10);
    static Kind kindOf(const QString &cataloguePath, const QString &backupPath);
    // Where a restored copy goes: a new file beside the catalogue, never the catalogue itself.
    static QString restoredPath(const QString &cataloguePath, const QDateTime &when = QDateTime::currentDateTimeUtc());

    // A consistent snapshot of what `connection` reads (VACUUM INTO a temporary file beside
    // `target`), checked as a catalogue, synced to disk, then given its name. Works on connections
    // of any format version and on read-only ones. Returns an empty string or a translated error.
    static QString copy(SqliteConnection &connection, const QString &sourcePath, const QString &target);
    // Copies a backup file (of any format this version reads, older ones included) to `target`
    // through a private read-only connection: the backup itself is never opened for writing.
    static QString copyFile(const QString &backupPath, const QString &target, const StepProgress *progress = nullptr);
};
