-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team migration 1: a team catalogue on PostgreSQL (docs/design-notes.md, "A team catalogue on a
-- server"). The server is one more colleague whose copy is always there: it keeps the history
-- every member pushed, in the order it was pushed, and never loses or rewrites it.
-- History tables take INSERT only (TeamSchema's grants: no role may UPDATE or DELETE them);
-- who pushed is the server's own session_user, a column members cannot write.

CREATE SCHEMA team;

-- The format of this team catalogue: one row per migration applied.
CREATE TABLE team.format (
    version    integer PRIMARY KEY CHECK (version > 0),
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by name NOT NULL DEFAULT session_user
);

-- One push: what one synchronize sent, in one transaction. Its number is the total order in
-- which the team's work arrived; a pull asks for what came after the last number it saw.
CREATE TABLE team.push (
    seq       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pushed_by name NOT NULL DEFAULT session_user,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    copy_id   uuid NOT NULL,                    -- the local copy that pushed (its file identity)
    app_format integer NOT NULL CHECK (app_format > 0)   -- the pushing app's local file format
);

-- Revisions as the local file keeps them (core/sql/008 and 009, core/model/revision.h), with the
-- content a colleague needs to rebuild the measure: the same fields the digests are made of.
CREATE TABLE team.revision (
    id           text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{16}([0-9a-f]{16})?$'),
    measure_uuid uuid NOT NULL,
    parent       text REFERENCES team.revision (id),
    merged       text REFERENCES team.revision (id),
    fields       bytea,                          -- digests per content field; NULL: deleted
    content      jsonb,                          -- the measure's fields; NULL: deleted
    author       text NOT NULL DEFAULT '',
    changed_at   timestamptz NOT NULL,
    origin       text NOT NULL CHECK (origin IN ('edit', 'import', 'merge', 'upgrade', 'partners', 'duplicates',
                                                 'deletion', 'undo', 'undo-merge', 'answer')),
    push_seq     bigint NOT NULL REFERENCES team.push (seq),
    pushed_by    name NOT NULL DEFAULT session_user,
    CHECK ((fields IS NULL) = (content IS NULL)),
    CHECK (merged IS NULL OR parent IS NOT NULL)
);
CREATE INDEX revision_by_measure ON team.revision (measure_uuid);
CREATE INDEX revision_by_push ON team.revision (push_seq);

-- The revision each measure is at on the server. Only moved forward by a push (to a descendant).
CREATE TABLE team.measure_head (
    measure_uuid uuid PRIMARY KEY,
    revision     text NOT NULL REFERENCES team.revision (id),
    push_seq     bigint NOT NULL REFERENCES team.push (seq)
);
CREATE INDEX measure_head_by_push ON team.measure_head (push_seq);

-- Measures deleted, at the deletion revision their history ends with (a deletion continued
-- later by an undo stays listed: the head says whether the measure exists now).
CREATE TABLE team.tombstone (
    measure_uuid        uuid NOT NULL,
    revision            text NOT NULL REFERENCES team.revision (id),
    platform_measure_id text NOT NULL DEFAULT '',
    push_seq            bigint NOT NULL REFERENCES team.push (seq),
    pushed_by           name NOT NULL DEFAULT session_user,
    PRIMARY KEY (measure_uuid, revision)
);

-- A partner's type has a history of its own, keyed by the partner's identity (PartnerIdentity).
CREATE TABLE team.partner_revision (
    id         text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{16}([0-9a-f]{16})?$'),
    name_key   text NOT NULL CHECK (length(name_key) > 0),
    name       text NOT NULL CHECK (length(btrim(name)) > 0),   -- the spelling the pusher had
    parent     text REFERENCES team.partner_revision (id),
    merged     text REFERENCES team.partner_revision (id),
    type_code  text NOT NULL,
    author     text NOT NULL DEFAULT '',
    changed_at timestamptz NOT NULL,
    origin     text NOT NULL,
    push_seq   bigint NOT NULL REFERENCES team.push (seq),
    pushed_by  name NOT NULL DEFAULT session_user
);
CREATE INDEX partner_revision_by_key ON team.partner_revision (name_key);

CREATE TABLE team.partner_head (
    name_key text PRIMARY KEY,
    revision text NOT NULL REFERENCES team.partner_revision (id),
    push_seq bigint NOT NULL REFERENCES team.push (seq)
);

-- Vocabularies and saved views are versioned: each change is a new row, the newest wins.
CREATE TABLE team.term_version (
    kind        text NOT NULL CHECK (kind IN ('goal', 'area', 'domain', 'scope', 'nature', 'partner_type', 'country')),
    code        text NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
    push_seq    bigint NOT NULL REFERENCES team.push (seq),
    label_en    text NOT NULL,
    label_es    text NOT NULL,
    parent_code text,
    position    integer NOT NULL DEFAULT 0,
    removed     boolean NOT NULL DEFAULT false,
    pushed_by   name NOT NULL DEFAULT session_user,
    PRIMARY KEY (kind, code, push_seq)
);

CREATE TABLE team.saved_view_version (
    name_key   text NOT NULL CHECK (length(name_key) > 0),
    push_seq   bigint NOT NULL REFERENCES team.push (seq),
    name       text NOT NULL,
    definition text NOT NULL,
    position   integer NOT NULL DEFAULT 0,
    removed    boolean NOT NULL DEFAULT false,
    pushed_by  name NOT NULL DEFAULT session_user,
    PRIMARY KEY (name_key, push_seq)
);

-- What a push writes belongs to that push, made by this very session in this very transaction
-- (its pushed_at is the transaction's start, now()): no member can file work under someone else's
-- push, or under an earlier one that pullers have already read past. The check runs with the
-- writer's own rights; only the server's catalog is on its search path.
CREATE FUNCTION team.own_push() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM team.push p
                   WHERE p.seq = NEW.push_seq AND p.pushed_by = session_user AND p.pushed_at = now()) THEN
        RAISE EXCEPTION 'push % is not the push this session is making', NEW.push_seq USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER revision_own_push BEFORE INSERT OR UPDATE ON team.revision FOR EACH ROW EXECUTE FUNCTION team.own_push();
CREATE TRIGGER measure_head_own_push BEFORE INSERT OR UPDATE ON team.measure_head FOR EACH ROW EXECUTE FUNCTION team.own_push();
CREATE TRIGGER tombstone_own_push BEFORE INSERT OR UPDATE ON team.tombstone FOR EACH ROW EXECUTE FUNCTION team.own_push();
CREATE TRIGGER partner_revision_own_push BEFORE INSERT OR UPDATE ON team.partner_revision FOR EACH ROW EXECUTE FUNCTION team.own_push();
CREATE TRIGGER partner_head_own_push BEFORE INSERT OR UPDATE ON team.partner_head FOR EACH ROW EXECUTE FUNCTION team.own_push();
CREATE TRIGGER term_version_own_push BEFORE INSERT OR UPDATE ON team.term_version FOR EACH ROW EXECUTE FUNCTION team.own_push();
CREATE TRIGGER saved_view_version_own_push BEFORE INSERT OR UPDATE ON team.saved_view_version FOR EACH ROW EXECUTE FUNCTION team.own_push();

-- A head is one of its own measure's revisions (or partner's).
CREATE FUNCTION team.head_of_its_own() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'measure_head' THEN
        IF NOT EXISTS (SELECT 1 FROM team.revision r WHERE r.id = NEW.revision AND r.measure_uuid = NEW.measure_uuid) THEN
            RAISE EXCEPTION 'revision % is not one of measure %''s', NEW.revision, NEW.measure_uuid USING ERRCODE = '23514';
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM team.partner_revision r WHERE r.id = NEW.revision AND r.name_key = NEW.name_key) THEN
        RAISE EXCEPTION 'revision % is not one of partner %''s', NEW.revision, NEW.name_key USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER measure_head_of_its_own BEFORE INSERT OR UPDATE ON team.measure_head FOR EACH ROW EXECUTE FUNCTION team.head_of_its_own();
CREATE TRIGGER partner_head_of_its_own BEFORE INSERT OR UPDATE ON team.partner_head FOR EACH ROW EXECUTE FUNCTION team.head_of_its_own();
