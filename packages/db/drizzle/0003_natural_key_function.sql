-- Sort key that orders "§144.2" before "§144.10": every run of digits is left-padded to 18
-- characters. Stored in a generated column (next migration) so sorting does not recompute it.
CREATE OR REPLACE FUNCTION tatabbu_natural_key(k text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
  SELECT string_agg(CASE WHEN chunk.n % 2 = 0 THEN lpad(chunk.t, 18, '0') ELSE chunk.t END, '' ORDER BY chunk.n)
  FROM unnest(string_to_array(regexp_replace(k, '([0-9]+)', chr(1) || '\1' || chr(1), 'g'), chr(1)))
    WITH ORDINALITY AS chunk(t, n)
$$;
