-- Replicas catch their search index up with the others' writes by what changed since a moment (SearchIndex).
create index party_position_updated on party_position (updated_at);
create index source_document_updated on source_document (updated_at);
