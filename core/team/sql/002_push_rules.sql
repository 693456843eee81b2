-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team migration 2: what a push may write (docs/design-notes.md, "Synchronizing with the team").
-- A push sends each measure's new head with its content, and the revisions before it that the
-- server does not have yet; the local file keeps only the digests of those earlier revisions,
-- so only a head needs its content. And a head only ever moves forward, to a revision that
-- descends from the one it replaces: nobody's pushed work is ever written over.

ALTER TABLE team.revision DROP CONSTRAINT revision_check;
ALTER TABLE team.revision ADD CONSTRAINT revision_content_of_a_version CHECK (fields IS NOT NULL OR content IS NULL);

CREATE FUNCTION team.descends(descendant text, ancestor text, partner boolean) RETURNS boolean LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp AS $$
    WITH RECURSIVE up(id) AS (
        SELECT descendant
        UNION
        SELECT p.id FROM up
        CROSS JOIN LATERAL (SELECT r.parent, r.merged FROM team.revision r WHERE NOT partner AND r.id = up.id
                            UNION ALL
                            SELECT r.parent, r.merged FROM team.partner_revision r WHERE partner AND r.id = up.id) r
        CROSS JOIN LATERAL (VALUES (r.parent), (r.merged)) AS p(id)
        WHERE p.id IS NOT NULL)
    SELECT EXISTS (SELECT 1 FROM up WHERE up.id = ancestor)
$$;

CREATE FUNCTION team.moves_forward() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'measure_head' THEN
        -- A colleague rebuilds the measure from its head: a head that is not a deletion has content.
        IF EXISTS (SELECT 1 FROM team.revision r WHERE r.id = NEW.revision AND r.fields IS NOT NULL AND r.content IS NULL) THEN
            RAISE EXCEPTION 'the head % of measure % comes without its content', NEW.revision, NEW.measure_uuid USING ERRCODE = '23514';
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.revision <> OLD.revision
       AND NOT team.descends(NEW.revision, OLD.revision, TG_TABLE_NAME = 'partner_head') THEN
        RAISE EXCEPTION 'revision % does not descend from %, the head it would replace', NEW.revision, OLD.revision
            USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER measure_head_moves_forward BEFORE INSERT OR UPDATE ON team.measure_head FOR EACH ROW EXECUTE FUNCTION team.moves_forward();
CREATE TRIGGER partner_head_moves_forward BEFORE INSERT OR UPDATE ON team.partner_head FOR EACH ROW EXECUTE FUNCTION team.moves_forward();

-- Pushes commit in the order of their numbers, whatever client makes them: the number is taken
-- only once the push holds the lock every push takes (TeamPush::kPushLock), so that a pull that
-- reads past a number never misses a push committed later under an earlier one.
CREATE FUNCTION team.push_in_order() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7316373);
    NEW.seq := nextval('team.push_seq_seq');
    RETURN NEW;
END $$;
CREATE TRIGGER push_in_order BEFORE INSERT ON team.push FOR EACH ROW EXECUTE FUNCTION team.push_in_order();
