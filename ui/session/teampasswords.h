// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

// Team passwords in the system keyring (Secret Service, KWallet) through QtKeychain, only when
// the analyst asks for it: never in a settings file. Keyed by the team's address (which never
// holds the password). A keyring that is missing or locked is simply not used.
namespace TeamPasswords {

std::optional<QString> read(const QString &address);
// The same without waiting: `done` runs later, on `context`'s thread (never inside the caller).
void readLater(const QString &address, QObject *context, std::function<void(std::optional<QString>)> done);
// Empty, or why the keyring would not keep it (translated).
QString store(const QString &address, const QString &password);
void forget(const QString &address);

} // namespace TeamPasswords
