-- Text search (words of a quote, parts of a name in any script) is substring matching on folded
-- text, LIKE '%…%', because Persian and Arabic attach clitics to words and a stemmer-based
-- tsvector would miss them. Trigram GIN indexes serve such LIKEs. pg_trgm ships with PostgreSQL
-- and PGlite; it is installed once per database (in "public" when absent). Where it cannot be
-- (an engine without it, or no privilege), search still works, by sequential scan.
DO $$
DECLARE
  trgm_schema TEXT;
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
  SELECT extnamespace::regnamespace::text INTO trgm_schema FROM pg_extension WHERE extname = 'pg_trgm';
  EXECUTE format('CREATE INDEX IF NOT EXISTS "Quote_normalizedText_trgm_idx" ON "Quote" USING gin ("normalizedText" %s.gin_trgm_ops)', trgm_schema);
  EXECUTE format('CREATE INDEX IF NOT EXISTS "PersonAlias_normalized_trgm_idx" ON "PersonAlias" USING gin ("normalized" %s.gin_trgm_ops)', trgm_schema);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): text search works without its index', SQLERRM;
END $$;
