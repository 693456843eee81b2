-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 1: the catalogue's tables. Runs inside one transaction (see migrations.cpp).
-- Vocabulary values are stored as stable codes; the `term` table holds their labels.
-- CHECKs list allowed values with OR, not IN (...): SQLite builds a temporary table for an IN
-- list of more than two constants on every row checked, which was a fifth of bulk-insert time.

PRAGMA application_id = 1296253268; -- 'MCAT': marks the file as a Measures Catalogue

CREATE TABLE term (
    kind        TEXT NOT NULL CHECK (kind = 'goal' OR kind = 'area' OR kind = 'domain' OR kind = 'scope'
                                     OR kind = 'nature' OR kind = 'partner_type' OR kind = 'country'),
    code        TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
    label_en    TEXT NOT NULL CHECK (length(trim(label_en)) > 0),
    label_es    TEXT NOT NULL CHECK (length(trim(label_es)) > 0),
    parent_code TEXT,                       -- a monitoring area's Convention goal
    builtin     INTEGER NOT NULL DEFAULT 0, -- built-in terms cannot be removed
    position    INTEGER NOT NULL DEFAULT 0, -- display order
    PRIMARY KEY (kind, code)
) WITHOUT ROWID;

CREATE TABLE measure (
    id                     INTEGER PRIMARY KEY,
    uuid                   TEXT NOT NULL UNIQUE,
    title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
    title_key              TEXT NOT NULL,   -- folded title (case and accents) for sorting
    country_kind           TEXT NOT NULL DEFAULT 'country' CHECK (country_kind = 'country'),
    country                TEXT,            -- ISO 3166-1 alpha-3
    report_year            INTEGER CHECK (report_year BETWEEN 2005 AND 2100),
    responsible_agencies   TEXT NOT NULL DEFAULT '',
    key_objectives         TEXT NOT NULL DEFAULT '',
    main_features          TEXT NOT NULL DEFAULT '',
    expected_results       TEXT NOT NULL DEFAULT '',
    results_achieved       TEXT NOT NULL DEFAULT '',
    funding_text           TEXT NOT NULL DEFAULT '',
    funding_usd            INTEGER CHECK (funding_usd >= 0), -- US cents
    evaluated              TEXT NOT NULL DEFAULT 'unknown'
                           CHECK (evaluated = 'yes' OR evaluated = 'no' OR evaluated = 'unknown'),
    evaluation_conclusions TEXT NOT NULL DEFAULT '',
    website                TEXT NOT NULL DEFAULT '',
    status                 TEXT NOT NULL DEFAULT 'draft' CHECK (status = 'draft' OR status = 'ready'),
    created_at             TEXT NOT NULL,   -- ISO-8601 UTC, set by core
    updated_at             TEXT NOT NULL,
    FOREIGN KEY (country_kind, country) REFERENCES term (kind, code)
);

-- Multi-valued vocabulary links: goals, monitoring areas, domains, scope, nature.
CREATE TABLE measure_term (
    measure_id INTEGER NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind = 'goal' OR kind = 'area' OR kind = 'domain' OR kind = 'scope'
                                    OR kind = 'nature'),
    code       TEXT NOT NULL,
    PRIMARY KEY (measure_id, kind, code),
    FOREIGN KEY (kind, code) REFERENCES term (kind, code)
) WITHOUT ROWID;

CREATE TABLE partner (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key  TEXT NOT NULL UNIQUE,         -- case-folded name: one row per partner
    type_kind TEXT NOT NULL DEFAULT 'partner_type' CHECK (type_kind = 'partner_type'),
    type_code TEXT NOT NULL,
    FOREIGN KEY (type_kind, type_code) REFERENCES term (kind, code)
);

-- No cascade from partner: a partner in use cannot be deleted by accident.
CREATE TABLE measure_partner (
    measure_id INTEGER NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partner (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (measure_id, partner_id)
) WITHOUT ROWID;

CREATE INDEX measure_term_by_code ON measure_term (kind, code, measure_id);
CREATE INDEX measure_partner_by_partner ON measure_partner (partner_id, measure_id);
CREATE INDEX partner_by_type ON partner (type_code);
CREATE INDEX measure_by_title ON measure (title_key, id);
CREATE INDEX measure_by_country ON measure (country, id);
CREATE INDEX measure_by_year ON measure (report_year, id);
CREATE INDEX measure_by_funding ON measure (funding_usd, id);
CREATE INDEX measure_by_updated ON measure (updated_at, id);
