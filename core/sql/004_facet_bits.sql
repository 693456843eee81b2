-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 4: facet filters without temporary tables. Each term of a multi-valued vocabulary
-- gets a stable bit; each measure stores the OR of its terms' bits per vocabulary (derived from
-- measure_term and measure_partner by MeasureStore, as title_key is derived from title). The
-- sort indexes carry every facet column, so filtering 100,000 measures in title, funding or
-- year order reads only an index. measure_term stays the source of truth.

ALTER TABLE term ADD COLUMN bit INTEGER CHECK (bit BETWEEN 0 AND 62);
UPDATE term SET bit = position - 1
 WHERE (kind = 'goal' OR kind = 'area' OR kind = 'domain' OR kind = 'scope' OR kind = 'nature'
        OR kind = 'partner_type') AND position BETWEEN 1 AND 63;
CREATE UNIQUE INDEX term_by_bit ON term (kind, bit) WHERE bit IS NOT NULL;

ALTER TABLE measure ADD COLUMN goal_bits INTEGER NOT NULL DEFAULT 0;
ALTER TABLE measure ADD COLUMN area_bits INTEGER NOT NULL DEFAULT 0;
ALTER TABLE measure ADD COLUMN domain_bits INTEGER NOT NULL DEFAULT 0;
ALTER TABLE measure ADD COLUMN scope_bits INTEGER NOT NULL DEFAULT 0;
ALTER TABLE measure ADD COLUMN nature_bits INTEGER NOT NULL DEFAULT 0;
ALTER TABLE measure ADD COLUMN partner_type_bits INTEGER NOT NULL DEFAULT 0;

-- The masks of existing measures are filled by the step's C++ part (fillFacetMasks in
-- core/catalogue/migrations.cpp) from the one definition of the facets, core/catalogue/facetcolumns.cpp.

DROP INDEX measure_by_title;
DROP INDEX measure_by_funding;
DROP INDEX measure_by_year;
CREATE INDEX measure_by_title ON measure (title_key, id, country, report_year, evaluated, status, goal_bits,
    area_bits, domain_bits, scope_bits, nature_bits, partner_type_bits);
CREATE INDEX measure_by_funding ON measure (funding_usd, id, country, report_year, evaluated, status, goal_bits,
    area_bits, domain_bits, scope_bits, nature_bits, partner_type_bits);
CREATE INDEX measure_by_year ON measure (report_year, id, country, evaluated, status, goal_bits,
    area_bits, domain_bits, scope_bits, nature_bits, partner_type_bits);
