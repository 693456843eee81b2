-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 5: ties in a sort by amount or year are in title order. The title key joins the sort
-- indexes right after their key, so that a sort in either direction, ties included, still reads
-- only an index (ORDER BY funding_usd DESC NULLS LAST, title_key DESC, id DESC is a backward scan).
-- The step's C++ part (refreshCountryNames) also brings built-in country names up to date with
-- resources/vocabularies/countries.tsv (Algeria's Spanish name is Argelia).

DROP INDEX measure_by_funding;
DROP INDEX measure_by_year;
CREATE INDEX measure_by_funding ON measure (funding_usd, title_key, id, country, report_year, evaluated, status,
    goal_bits, area_bits, domain_bits, scope_bits, nature_bits, partner_type_bits);
CREATE INDEX measure_by_year ON measure (report_year, title_key, id, country, evaluated, status, goal_bits,
    area_bits, domain_bits, scope_bits, nature_bits, partner_type_bits);
