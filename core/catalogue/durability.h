// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Making a new file survive a power cut, not only a crash: its bytes reach the disk before it
// takes its name, and the name itself (the folder entry) reaches the disk after the rename.
namespace Durability {

bool syncFile(const QString &path, QString *error = nullptr);
bool syncFolderOf(const QString &path, QString *error = nullptr);
// Syncs `temporary`, renames it to `target` (never replacing an existing file), syncs the folder.
bool publish(const QString &temporary, const QString &target, QString *error = nullptr);

} // namespace Durability
