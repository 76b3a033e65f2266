-- Accent-insensitive French and English search: "privee" finds "privée", "egalite" finds "Égalité".
-- unaccent runs before the stemmer, in the indexed columns and in the queries (same configurations).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'tatabbu_fr') THEN
    CREATE TEXT SEARCH CONFIGURATION tatabbu_fr (COPY = french);
    ALTER TEXT SEARCH CONFIGURATION tatabbu_fr
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'tatabbu_en') THEN
    CREATE TEXT SEARCH CONFIGURATION tatabbu_en (COPY = english);
    ALTER TEXT SEARCH CONFIGURATION tatabbu_en
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'tatabbu_simple') THEN
    CREATE TEXT SEARCH CONFIGURATION tatabbu_simple (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION tatabbu_simple
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
  END IF;
END $$;
--> statement-breakpoint
-- The language-neutral index drops accents too (names and terms typed without them).
CREATE OR REPLACE FUNCTION tatabbu_tsv_simple(k text, ar text, fr text, en text, es text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('tatabbu_simple'::regconfig, tatabbu_normalize(concat_ws(' ', k, ar, fr, en, es)))
$$;
--> statement-breakpoint
-- Generated columns cannot change their expression before PostgreSQL 17: drop and add them again
-- (their indexes go with them), which also recomputes every row with the new configurations.
ALTER TABLE "recommendations" DROP COLUMN "search_fr";
--> statement-breakpoint
ALTER TABLE "recommendations" DROP COLUMN "search_en";
--> statement-breakpoint
ALTER TABLE "recommendations" DROP COLUMN "search_simple";
--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "search_fr" tsvector
  GENERATED ALWAYS AS (to_tsvector('tatabbu_fr'::regconfig, coalesce(text_fr, ''))) STORED;
--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "search_en" tsvector
  GENERATED ALWAYS AS (to_tsvector('tatabbu_en'::regconfig, coalesce(text_en, ''))) STORED;
--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "search_simple" tsvector
  GENERATED ALWAYS AS (tatabbu_tsv_simple(key, text_ar, text_fr, text_en, text_es)) STORED;
--> statement-breakpoint
CREATE INDEX "recommendations_search_fr_idx" ON "recommendations" USING gin ("search_fr");
--> statement-breakpoint
CREATE INDEX "recommendations_search_en_idx" ON "recommendations" USING gin ("search_en");
--> statement-breakpoint
CREATE INDEX "recommendations_search_simple_idx" ON "recommendations" USING gin ("search_simple");
