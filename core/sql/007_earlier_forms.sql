-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 7: the fields of earlier report forms and of UNESCO's Policy Monitoring Platform, so
-- that a measure imported from the platform loses nothing; the partners' names in the search
-- index; a partner type for partners named without one.
-- Column names are the fields' keys (MeasureFields::key). Answers are yes/no/unknown codes, the
-- value chain is its codes separated by spaces.

ALTER TABLE measure ADD COLUMN context TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN value_chain TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN targets_article7_groups TEXT NOT NULL DEFAULT 'unknown'
    CHECK (targets_article7_groups = 'yes' OR targets_article7_groups = 'no' OR targets_article7_groups = 'unknown');
ALTER TABLE measure ADD COLUMN targeted_groups TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN targets_young_people TEXT NOT NULL DEFAULT 'unknown'
    CHECK (targets_young_people = 'yes' OR targets_young_people = 'no' OR targets_young_people = 'unknown');
ALTER TABLE measure ADD COLUMN ifcd_funding TEXT NOT NULL DEFAULT 'unknown'
    CHECK (ifcd_funding = 'yes' OR ifcd_funding = 'no' OR ifcd_funding = 'unknown');
ALTER TABLE measure ADD COLUMN reason_convention TEXT NOT NULL DEFAULT 'unknown'
    CHECK (reason_convention = 'yes' OR reason_convention = 'no' OR reason_convention = 'unknown');
ALTER TABLE measure ADD COLUMN reason_policy_discussion TEXT NOT NULL DEFAULT 'unknown'
    CHECK (reason_policy_discussion = 'yes' OR reason_policy_discussion = 'no' OR reason_policy_discussion = 'unknown');
ALTER TABLE measure ADD COLUMN reason_other TEXT NOT NULL DEFAULT 'unknown'
    CHECK (reason_other = 'yes' OR reason_other = 'no' OR reason_other = 'unknown');
ALTER TABLE measure ADD COLUMN innovative TEXT NOT NULL DEFAULT 'unknown'
    CHECK (innovative = 'yes' OR innovative = 'no' OR innovative = 'unknown');
ALTER TABLE measure ADD COLUMN evaluation_level TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN evaluation_indicators TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN sdgs TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN special_categories TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN platform_title TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN platform_measure_id TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN platform_report_id TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN platform_url TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN platform_canonical_url TEXT NOT NULL DEFAULT '';
ALTER TABLE measure ADD COLUMN kept_as_written TEXT NOT NULL DEFAULT '';
-- The platform's row as last imported (digests of its fields, PlatformRow::snapshot), for the next import's comparison.
ALTER TABLE measure ADD COLUMN platform_source TEXT NOT NULL DEFAULT '';
-- Derived from measure_partner and partner (as title_key is from title), for the search index
-- only: kept in step by MeasureWriter, also when a partner is renamed or merged.
ALTER TABLE measure ADD COLUMN partner_names TEXT NOT NULL DEFAULT '';

UPDATE measure SET partner_names = coalesce((SELECT group_concat(name, ' ; ') FROM
    (SELECT p.name FROM measure_partner mp JOIN partner p ON p.id = mp.partner_id
      WHERE mp.measure_id = measure.id ORDER BY mp.position)), '')
 WHERE id IN (SELECT measure_id FROM measure_partner);

-- A re-import of the platform's export finds its measures by the platform's id.
CREATE INDEX measure_by_platform_id ON measure (platform_measure_id) WHERE platform_measure_id <> '';

-- The search index, with the new texts and the partners' names (see 003_search.sql for its options).
DROP TABLE measure_search;
CREATE VIRTUAL TABLE measure_search USING fts5 (
    title, responsible_agencies, key_objectives, main_features, expected_results,
    results_achieved, funding_text, evaluation_conclusions, context, targeted_groups,
    evaluation_level, evaluation_indicators, sdgs, special_categories, platform_title,
    platform_measure_id, kept_as_written, partner_names,
    content = 'measure', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3',
    detail = none
);
INSERT INTO measure_search (measure_search) VALUES ('rebuild');

-- The platform names partners without their type of entity.
INSERT OR IGNORE INTO term (kind, code, label_en, label_es, parent_code, builtin, position, bit)
SELECT 'partner_type', 'not_stated', 'Type not stated', 'Tipo sin indicar', NULL, 1,
       (SELECT coalesce(max(position), 0) + 1 FROM term WHERE kind = 'partner_type'),
       (WITH RECURSIVE n(b) AS (SELECT 0 UNION ALL SELECT b + 1 FROM n WHERE b < 62)
        SELECT min(b) FROM n WHERE NOT EXISTS (SELECT 1 FROM term WHERE kind = 'partner_type' AND bit = n.b));
-- A type of that code the analyst made before is the same thing: it becomes built-in, so that it
-- cannot be removed while imports rely on it.
UPDATE term SET builtin = 1 WHERE kind = 'partner_type' AND code = 'not_stated';
