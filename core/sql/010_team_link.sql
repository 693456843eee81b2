-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 10: a catalogue linked to a team catalogue on a server (docs/design-notes.md,
-- "Synchronizing with the team"). What the server held when this copy last synchronized: the
-- revision each measure and partner was at there, and how far into the team's pushes this copy
-- has read. What differs from it here is what waits to be pushed; the server's address (never a
-- password) says where. Written in the same transactions as what they describe.

CREATE TABLE team_link (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    address         TEXT NOT NULL,                -- TeamUrl without its password
    copy_id         TEXT NOT NULL,                -- this copy, as the team's pushes name it (a UUID)
    pulled_seq      INTEGER NOT NULL DEFAULT 0,   -- the team's pushes up to this one are here
    synchronized_at TEXT                          -- ISO-8601 UTC, the last Synchronize that completed
);

CREATE TABLE team_head (
    measure_uuid TEXT PRIMARY KEY,
    revision     TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE team_partner_head (
    name_key TEXT PRIMARY KEY,
    revision TEXT NOT NULL
) WITHOUT ROWID;

-- The team's version of each saved view when last synchronized (by its name, case folded): a view
-- changed here since goes up, one changed only there comes in.
CREATE TABLE team_view (
    name_key   TEXT PRIMARY KEY,
    definition TEXT NOT NULL
) WITHOUT ROWID;
