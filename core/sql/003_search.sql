-- Migration 3: full-text search over the measure's text fields. unicode61 with
-- remove_diacritics 2 folds accents, so "musica" finds "música" and "accion" finds "Acción".
-- External content (the measure table itself) keeps the file small; triggers keep it in sync.

CREATE VIRTUAL TABLE measure_search USING fts5 (
    title, responsible_agencies, key_objectives, main_features, expected_results,
    results_achieved, funding_text, evaluation_conclusions,
    content = 'measure', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TRIGGER measure_search_insert AFTER INSERT ON measure BEGIN
    INSERT INTO measure_search (rowid, title, responsible_agencies, key_objectives, main_features,
                                expected_results, results_achieved, funding_text, evaluation_conclusions)
    VALUES (new.id, new.title, new.responsible_agencies, new.key_objectives, new.main_features,
            new.expected_results, new.results_achieved, new.funding_text, new.evaluation_conclusions);
END;

CREATE TRIGGER measure_search_delete AFTER DELETE ON measure BEGIN
    INSERT INTO measure_search (measure_search, rowid, title, responsible_agencies, key_objectives,
                                main_features, expected_results, results_achieved, funding_text,
                                evaluation_conclusions)
    VALUES ('delete', old.id, old.title, old.responsible_agencies, old.key_objectives, old.main_features,
            old.expected_results, old.results_achieved, old.funding_text, old.evaluation_conclusions);
END;

CREATE TRIGGER measure_search_update AFTER UPDATE OF title, responsible_agencies, key_objectives,
        main_features, expected_results, results_achieved, funding_text, evaluation_conclusions
        ON measure BEGIN
    INSERT INTO measure_search (measure_search, rowid, title, responsible_agencies, key_objectives,
                                main_features, expected_results, results_achieved, funding_text,
                                evaluation_conclusions)
    VALUES ('delete', old.id, old.title, old.responsible_agencies, old.key_objectives, old.main_features,
            old.expected_results, old.results_achieved, old.funding_text, old.evaluation_conclusions);
    INSERT INTO measure_search (rowid, title, responsible_agencies, key_objectives, main_features,
                                expected_results, results_achieved, funding_text, evaluation_conclusions)
    VALUES (new.id, new.title, new.responsible_agencies, new.key_objectives, new.main_features,
            new.expected_results, new.results_achieved, new.funding_text, new.evaluation_conclusions);
END;

INSERT INTO measure_search (measure_search) VALUES ('rebuild');
