// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/savedview.h"

#include <QCoreApplication>

class Catalogue;

// Saving, renaming and removing the views kept in a catalogue file. Each is one transaction;
// messages are translated and say what to do.
class SavedViewStore
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewStore)
public:
    explicit SavedViewStore(const Catalogue &catalogue);

    // Adds the view, or replaces the one of the same name (regardless of case) when `replace`.
    QString save(const SavedView &view, bool replace);
    QString rename(const QString &name, const QString &newName);
    QString remove(const QString &name);

private:
    const Catalogue &m_catalogue;
};
