// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "savedview.h"

class Catalogue;

// The views saved in a catalogue, in the order they were first saved. A catalogue from before
// saved views (opened read-only, not upgraded) simply has none.
namespace SavedViewQuery {
QList<SavedView> all(const Catalogue &catalogue, QString *error = nullptr);
// By name, regardless of case ("ready" finds "Ready").
std::optional<SavedView> find(const Catalogue &catalogue, const QString &name, QString *error = nullptr);
} // namespace SavedViewQuery
