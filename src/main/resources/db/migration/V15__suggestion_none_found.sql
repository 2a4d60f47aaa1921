-- A document whose suggestions were computed and none was found: it keeps no suggestion rows to say so, and this
-- row spares every replica a computation on each read of its suggestions (for that text, by its hash; a POST
-- computes again). Portable across H2 and PostgreSQL.

create table suggestion_none_found (
    document_id varchar(64) primary key references source_document (id) on delete cascade,
    text_sha256 varchar(64) not null,
    computed_at timestamp(6) with time zone not null
);
