-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 6: saved views live in the catalogue file, so that a colleague who opens the file has
-- them too. A view is a name and its definition (filter, sort, columns) as JSON written by
-- SavedView::toJson; names are unique regardless of case, as a person reads them.
CREATE TABLE saved_view (
    name       TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) > 0),
    definition TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
