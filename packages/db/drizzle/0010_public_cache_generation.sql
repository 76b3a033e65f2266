-- The publication generation: a counter that goes up once per committed transaction that changed a
-- table the public can see. Servers compare it with the value their cache of anonymous answers was
-- built at (apps/server/src/http/public-cache.ts), which works with several processes on one
-- PostgreSQL and on PGlite alike.
--
-- The counter is bumped at commit (a deferred trigger), not when the change is made: a long import
-- does not hold the counter's row lock for its whole transaction, and no reader sees the new value
-- before the new data is visible.
CREATE TABLE "publication_generation" (
  "id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
  "value" bigint NOT NULL DEFAULT 0,
  "changed_at" timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
INSERT INTO "publication_generation" ("id", "value") VALUES (1, 0);
--> statement-breakpoint
-- One row per changing transaction, removed again at its commit; only there to fire the deferred trigger.
CREATE TABLE "publication_pending" ("id" bigserial PRIMARY KEY);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tatabbu_note_publication() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Once per transaction (the setting is local to it and undone with a rolled-back savepoint).
  IF current_setting('tatabbu.publication_noted', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('tatabbu.publication_noted', 'on', true);
    INSERT INTO publication_pending DEFAULT VALUES;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tatabbu_bump_publication() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE publication_generation SET value = value + 1, changed_at = now() WHERE id = 1;
  DELETE FROM publication_pending WHERE id = NEW.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER publication_pending_bump AFTER INSERT ON publication_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tatabbu_bump_publication();
--> statement-breakpoint
-- Marks a table as part of what the public sees; a later migration calls it for a new public table.
CREATE OR REPLACE FUNCTION tatabbu_watch_publication(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s '
    'FOR EACH STATEMENT EXECUTE FUNCTION tatabbu_note_publication()',
    'publication_' || replace(target::text, '"', ''), target);
END
$$;
--> statement-breakpoint
-- Everything published data, its vocabularies and its plans are read from; not the private
-- working tables (sessions, users, audit, notifications, imports in progress, rounds, drafts'
-- versions, generated documents, API tokens).
SELECT tatabbu_watch_publication(t::regclass) FROM unnest(ARRAY[
  'recommendations', 'recommendation_states', 'recommendation_terms', 'recommendation_links',
  'source_documents', 'reviews', 'assignments', 'status_changes', 'progress_updates', 'attachments',
  'action_plans', 'plan_axes', 'measures', 'measure_institutions', 'measure_recommendations',
  'indicators', 'indicator_values', 'institutions', 'organizations', 'countries', 'mechanisms',
  'terms', 'settings'
]) AS t;
