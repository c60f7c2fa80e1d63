-- Search through an index: pg_trgm (a trusted extension since PostgreSQL 13: the database owner may
-- create it) answers LIKE '%…%' on the folded search text from a GIN trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Article_searchText_trgm" ON "Article" USING GIN ("searchText" gin_trgm_ops);
