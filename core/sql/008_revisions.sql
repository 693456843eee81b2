-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 8: a short history per measure, so that catalogues copied from one another can be
-- merged (a change on one side only wins; a change on both is a conflict) and the reading pane
-- can say who changed what and when. A revision keeps digests of the fields, not their text
-- (MeasureDigest). Measures are named by uuid: rows come and go with undo, uuids stay.
-- The first revision of each measure already catalogued is derived from its content by the
-- step's C++ part, so that two copies upgraded separately share it.

CREATE TABLE revision (
    id           TEXT PRIMARY KEY,            -- MeasureDigest::revisionId
    measure_uuid TEXT NOT NULL,
    parent       TEXT,                        -- the revision this one changed; NULL for the first
    merged       TEXT,                        -- the other side's revision a merge brought in
    fields       BLOB,                        -- digests per content field; NULL: deleted
    author       TEXT NOT NULL DEFAULT '',
    changed_at   TEXT NOT NULL,               -- ISO-8601 UTC
    origin       TEXT NOT NULL                -- edit, import, merge, upgrade, partners, duplicates, deletion
) WITHOUT ROWID;
CREATE INDEX revision_by_measure ON revision (measure_uuid, changed_at);

-- The revision a measure is at now.
ALTER TABLE measure ADD COLUMN revision TEXT;

-- Measures deleted here, so that a merge deletes them too rather than bringing them back.
CREATE TABLE tombstone (
    uuid       TEXT PRIMARY KEY,
    revision   TEXT NOT NULL,
    deleted_at TEXT NOT NULL
) WITHOUT ROWID;
