// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Access keys for menus built from data (a column per field, in the interface's language): each
// label gets the first letter no other label took, a word's first letter preferred, so that
// Alt+V, S, then a letter picks a column. Keys are plain letters (a-z); labels past them get none.
namespace AccessKeys {

// The labels as menu texts, with "&" before each one's key (and any "&" of their own doubled).
// `taken`: keys already used in that menu (its fixed items'), lower case.
QStringList assign(const QStringList &labels, QString taken = {});
// The key a menu text gives (the letter after a single "&"), lower case; none: a null QChar.
QChar keyOf(const QString &menuText);

} // namespace AccessKeys
