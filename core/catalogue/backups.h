#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// Where safety copies of a catalogue live: a "<name> backups" folder beside it, so that they
// travel with the catalogue and never overwrite it.
namespace Backups {

QString folderFor(const QString &cataloguePath);
// The copy made before upgrading a file from `fromVersion`.
QString migrationBackupPath(const QString &cataloguePath, int fromVersion, const QDateTime &when = QDateTime::currentDateTimeUtc());
// A copy taken on request or on close; `automatic` ones are rotated.
QString snapshotPath(const QString &cataloguePath, bool automatic, const QDateTime &when = QDateTime::currentDateTimeUtc());
// Automatic copies of this catalogue, newest first.
QStringList automaticBackups(const QString &cataloguePath);
// Deletes automatic copies beyond the newest `keep`; returns how many were removed.
int rotate(const QString &cataloguePath, int keep);
// Every copy of this catalogue (automatic, on request, before upgrades), newest first.
QStringList all(const QString &cataloguePath);
// Where a restored copy goes: a new file beside the catalogue, never the catalogue itself.
QString restoredPath(const QString &cataloguePath, const QDateTime &when = QDateTime::currentDateTimeUtc());

} // namespace Backups
