-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 2: the built-in vocabularies of the 2005 Convention's periodic reports, in
-- English and Spanish. Countries (ISO 3166-1) are added by the same step from countries.tsv.

INSERT INTO term (kind, code, label_en, label_es, parent_code, builtin, position) VALUES
 ('goal', '1', 'Support sustainable systems of governance for culture',
               'Apoyar sistemas sostenibles de gobernanza de la cultura', NULL, 1, 1),
 ('goal', '2', 'Achieve a balanced flow of cultural goods and services and increase the mobility of artists and cultural professionals',
               'Lograr un intercambio equilibrado de bienes y servicios culturales e incrementar la movilidad de los artistas y profesionales de la cultura', NULL, 1, 2),
 ('goal', '3', 'Integrate culture in sustainable development frameworks',
               'Integrar la cultura en los marcos de desarrollo sostenible', NULL, 1, 3),
 ('goal', '4', 'Promote human rights and fundamental freedoms',
               'Promover los derechos humanos y las libertades fundamentales', NULL, 1, 4),

 ('area', 'cultural_creative_sectors', 'Cultural and creative sectors', 'Sectores culturales y creativos', '1', 1, 1),
 ('area', 'media_diversity', 'Media diversity', 'Diversidad de los medios', '1', 1, 2),
 ('area', 'digital_environment', 'Digital environment', 'Entorno digital', '1', 1, 3),
 ('area', 'civil_society', 'Partnering with civil society', 'Colaboración con la sociedad civil', '1', 1, 4),
 ('area', 'mobility', 'Mobility of artists and cultural professionals', 'Movilidad de artistas y profesionales de la cultura', '2', 1, 5),
 ('area', 'flow_goods_services', 'Flow of cultural goods and services', 'Intercambio de bienes y servicios culturales', '2', 1, 6),
 ('area', 'treaties', 'Treaties and agreements', 'Tratados y acuerdos', '2', 1, 7),
 ('area', 'national_policies', 'National sustainable development policies and plans', 'Políticas y planes nacionales de desarrollo sostenible', '3', 1, 8),
 ('area', 'international_cooperation', 'International cooperation for sustainable development', 'Cooperación internacional para el desarrollo sostenible', '3', 1, 9),
 ('area', 'gender_equality', 'Gender equality', 'Igualdad de género', '4', 1, 10),
 ('area', 'artistic_freedom', 'Artistic freedom', 'Libertad artística', '4', 1, 11),

 ('domain', 'cinema_audiovisual', 'Cinema / Audiovisual arts', 'Cine / Artes audiovisuales', NULL, 1, 1),
 ('domain', 'music', 'Music', 'Música', NULL, 1, 2),
 ('domain', 'performing_arts', 'Performing arts', 'Artes escénicas', NULL, 1, 3),
 ('domain', 'visual_arts', 'Visual arts', 'Artes visuales', NULL, 1, 4),
 ('domain', 'publishing', 'Publishing', 'Industria editorial', NULL, 1, 5),
 ('domain', 'design', 'Design', 'Diseño', NULL, 1, 6),
 ('domain', 'media_arts', 'Media arts', 'Artes mediáticas', NULL, 1, 7),
 ('domain', 'multidomain', 'Multi-domain', 'Multidominio', NULL, 1, 8),

 ('scope', 'local', 'Local', 'Local', NULL, 1, 1),
 ('scope', 'regional', 'Regional', 'Regional', NULL, 1, 2),
 ('scope', 'national', 'National', 'Nacional', NULL, 1, 3),
 ('scope', 'international', 'International', 'Internacional', NULL, 1, 4),

 ('nature', 'legislative', 'Legislative', 'Legislativa', NULL, 1, 1),
 ('nature', 'regulatory', 'Regulatory', 'Reglamentaria', NULL, 1, 2),
 ('nature', 'financial', 'Financial', 'Financiera', NULL, 1, 3),
 ('nature', 'institutional', 'Institutional', 'Institucional', NULL, 1, 4),

 ('partner_type', 'public_sector', 'Public sector', 'Sector público', NULL, 1, 1),
 ('partner_type', 'private_sector', 'Private sector', 'Sector privado', NULL, 1, 2),
 ('partner_type', 'civil_society', 'Civil society', 'Sociedad civil', NULL, 1, 3),
 ('partner_type', 'international_organization', 'International organization', 'Organismo internacional', NULL, 1, 4);
