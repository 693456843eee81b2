// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/language.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

// What the app remembers between sessions (QSettings), under one set of names.
namespace AppSettings {

std::optional<Language> language(); // none on first run: follow the system
void setLanguage(Language language);

// Who the measures' history names for changes made here: set once, the login name until then.
QString authorName();
void setAuthorName(const QString &name);
bool hasAuthorName(); // set by the analyst (not the login name it falls back to)
QString lastCatalogue();
void setLastCatalogue(const QString &path);
QStringList recentCatalogues();
void addRecentCatalogue(const QString &path);
void removeRecentCatalogue(const QString &path);

QByteArray windowGeometry();
QByteArray windowState();
void setWindow(const QByteArray &geometry, const QByteArray &state);
QByteArray splitterState();
void setSplitterState(const QByteArray &state);
bool readingPaneShown(); // true until the analyst hides it
void setReadingPaneShown(bool shown);
QByteArray tableHeaderState();
void setTableHeaderState(const QByteArray &state);

QString lastExportFolder(const QString &otherwise); // `otherwise` before the first export
void setLastExportFolder(const QString &folder);
QString lastOpenFolder();
void setLastOpenFolder(const QString &folder);

int automaticBackupsKept(); // rotating backups on close; 0 turns them off
void setAutomaticBackupsKept(int count);

} // namespace AppSettings
