-- Search support, created before the tables whose generated columns use it.
-- tatabbu_normalize mirrors normalizeArabic() in packages/domain (a test compares them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tatabbu_normalize(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
  SELECT lower(translate(
    regexp_replace(normalize(t, NFC), '[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]', '', 'g'),
    'أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩', 'اااايهوي0123456789'))
$$;
--> statement-breakpoint
-- Drops the article (with و ب ف ك before it) and لل from Arabic words; mirrors stripArabicClitics().
CREATE OR REPLACE FUNCTION tatabbu_strip_clitics(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
  SELECT regexp_replace(t, '(^|[^\u0621-\u064A])([\u0648\u0628\u0641\u0643]?\u0627\u0644|\u0644\u0644)([\u0621-\u064A]{3,})', '\1\3', 'g')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tatabbu_tsv_ar(t text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('arabic'::regconfig, tatabbu_strip_clitics(tatabbu_normalize(coalesce(t, ''))))
$$;
--> statement-breakpoint
-- Language-neutral index over every text and the key: finds symbols, numbers and names in any language.
CREATE OR REPLACE FUNCTION tatabbu_tsv_simple(k text, ar text, fr text, en text, es text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('simple'::regconfig, tatabbu_normalize(concat_ws(' ', k, ar, fr, en, es)))
$$;
