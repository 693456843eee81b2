-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 9: the history merges can trust (docs/design-notes.md, "The history model").
-- Revisions made from now on have 128-bit ids and keyed 128-bit digests (MeasureDigest); the
-- step's C++ part gives every measure one such revision, child of its format-8 head, so that
-- copies upgraded separately share it. Earlier revisions stay as they are (LegacyDigest).

-- A deleted measure's platform id, so that a re-import of the platform's export recognises it.
ALTER TABLE tombstone ADD COLUMN platform_measure_id TEXT NOT NULL DEFAULT '';
CREATE INDEX tombstone_by_platform_id ON tombstone (platform_measure_id) WHERE platform_measure_id <> '';

-- The History tab reads a measure's revisions; the merge reads them by measure too.
DROP INDEX revision_by_measure;
CREATE INDEX revision_by_measure ON revision (measure_uuid);

-- A partner's type has a history of its own, so that a colleague's retype travels (or is a
-- question when both retyped). Partners are named by their identity (PartnerIdentity::key).
CREATE TABLE partner_revision (
    id         TEXT PRIMARY KEY,              -- MeasureDigest::partnerRevisionId
    name_key   TEXT NOT NULL,
    parent     TEXT,
    merged     TEXT,
    type_code  TEXT NOT NULL,
    author     TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    origin     TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX partner_revision_by_key ON partner_revision (name_key);

-- The revision of its type a partner is at now.
ALTER TABLE partner ADD COLUMN revision TEXT;
