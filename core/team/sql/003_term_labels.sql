-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team migration 3: a term's labels in the interface languages beyond English and Spanish
-- (translations/languages.tsv), as the catalogue file's term_label holds them: {"fr": "…"}.
ALTER TABLE team.term_version ADD COLUMN other_labels jsonb NOT NULL DEFAULT '{}'::jsonb
    CHECK (jsonb_typeof(other_labels) = 'object');
