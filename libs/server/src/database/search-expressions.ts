/**
 * The document PostgreSQL's full-text search reads. The GIN index of the create-core migration is
 * built on exactly this expression, and a query only uses that index when it repeats it verbatim:
 * changing it needs a migration that rebuilds the index.
 */
export const POSTGRES_SEARCH_VECTOR = `to_tsvector('simple', coalesce("text", '') || ' ' || coalesce("author_name", '') || ' ' || coalesce("author_handle", ''))`;
