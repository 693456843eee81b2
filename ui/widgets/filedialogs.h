// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractFileIconProvider;
class QWidget;

// File dialogs that never open the files they list. Qt's file dialogs (and the desktop's native
// ones, which run in this process) read a file's first bytes to tell its type; closing that read
// releases every POSIX lock this process holds on the file, and SQLite's locks on an open
// catalogue are such locks. Another program would then take the catalogue for unused and fold
// and delete its WAL under the window. So types and icons here come from names alone.
namespace FileDialogs {

QString openFile(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
QString saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                 bool confirmOverwrite = true);
// The icon provider those dialogs use (for tests and any other file view).
QAbstractFileIconProvider *iconProvider();

} // namespace FileDialogs
