-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 11: labels in the interface languages beyond English and Spanish (which the term
-- table has held since the first format, and every term must have). One row per term and
-- language; a term without one shows its English label. The built-in terms' labels come from
-- resources/vocabularies/terms-<code>.tsv and countries-<code>.tsv (migrations.cpp), so a language
-- added later reaches every catalogue as it is opened, without a step of its own.
CREATE TABLE term_label (
    kind     TEXT NOT NULL,
    code     TEXT NOT NULL,
    language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 8 AND language NOT GLOB '*[^a-z]*'
                                  AND language <> 'en' AND language <> 'es'),
    label    TEXT NOT NULL CHECK (length(trim(label)) > 0),
    PRIMARY KEY (kind, code, language),
    FOREIGN KEY (kind, code) REFERENCES term (kind, code) ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
