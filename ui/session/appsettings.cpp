// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "catalogue/catalogue.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
constexpr int kMaxRecent = 8;
}

namespace AppSettings {

std::optional<Language> language()
{
    return languageFromCode(QSettings().value(QStringLiteral("ui/language")).toString());
}
void setLanguage(Language language) { QSettings().setValue(QStringLiteral("ui/language"), languageCode(language)); }

QString authorName()
{
    const QString name = QSettings().value(QStringLiteral("history/author")).toString();
    return name.isEmpty() ? Catalogue::loginName() : name;
}

bool hasAuthorName() { return !QSettings().value(QStringLiteral("history/author")).toString().isEmpty(); }

void setAuthorName(const QString &name) { QSettings().setValue(QStringLiteral("history/author"), name.simplified()); }

QString lastCatalogue() { return QSettings().value(QStringLiteral("catalogue/last")).toString(); }
void setLastCatalogue(const QString &path) { QSettings().setValue(QStringLiteral("catalogue/last"), path); }

QStringList recentCatalogues() { return QSettings().value(QStringLiteral("catalogue/recent")).toStringList(); }

void addRecentCatalogue(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentCatalogues();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("catalogue/recent"), recent);
}

void removeRecentCatalogue(const QString &path)
{
    QStringList recent = recentCatalogues();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("catalogue/recent"), recent);
}

QByteArray windowGeometry() { return QSettings().value(QStringLiteral("window/geometry")).toByteArray(); }
QByteArray windowState() { return QSettings().value(QStringLiteral("window/state")).toByteArray(); }
void setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/state"), state);
}
QByteArray splitterState() { return QSettings().value(QStringLiteral("window/splitter")).toByteArray(); }
void setSplitterState(const QByteArray &state) { QSettings().setValue(QStringLiteral("window/splitter"), state); }
bool readingPaneShown() { return QSettings().value(QStringLiteral("window/readingPane"), true).toBool(); }
void setReadingPaneShown(bool shown) { QSettings().setValue(QStringLiteral("window/readingPane"), shown); }

QByteArray tableHeaderState() { return QSettings().value(QStringLiteral("table/header")).toByteArray(); }
void setTableHeaderState(const QByteArray &state) { QSettings().setValue(QStringLiteral("table/header"), state); }

namespace {
// The folder remembered, or the nearest one still there (a USB stick unplugged, a folder renamed):
// the file dialogs never open on a folder that does not exist; else `otherwise`, or home.
QString existingFolder(QString path, const QString &otherwise)
{
    for (int up = 0; up < 64 && !path.isEmpty() && !QFileInfo(path).isDir(); ++up) {
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            break;
        path = parent;
    }
    if (!path.isEmpty() && QFileInfo(path).isDir() && !QDir(path).isRoot())
        return path;
    return QFileInfo(otherwise).isDir() ? otherwise : QDir::homePath();
}
} // namespace

QString lastExportFolder(const QString &otherwise)
{
    return existingFolder(QSettings().value(QStringLiteral("export/folder"), otherwise).toString(), otherwise);
}
void setLastExportFolder(const QString &folder) { QSettings().setValue(QStringLiteral("export/folder"), folder); }
QString lastOpenFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return existingFolder(QSettings().value(QStringLiteral("catalogue/folder"), documents).toString(), documents);
}
void setLastOpenFolder(const QString &folder) { QSettings().setValue(QStringLiteral("catalogue/folder"), folder); }

int automaticBackupsKept() { return QSettings().value(QStringLiteral("backup/keep"), 5).toInt(); }
void setAutomaticBackupsKept(int count) { QSettings().setValue(QStringLiteral("backup/keep"), count); }

} // namespace AppSettings
