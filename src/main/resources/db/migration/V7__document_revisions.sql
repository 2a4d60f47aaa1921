-- Every text a document has had, the current one included: revision 1 is its first text. Portable SQL (H2 and
-- PostgreSQL alike). Documents stored before this migration get their current text as revision 1.
create table document_revision (
    document_id varchar(64)  not null references source_document (id) on delete cascade,
    number      int          not null,
    body        text         not null,
    sha256      char(64)     not null,
    length_cp   int          not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(200) not null,
    summary     varchar(500) not null,
    primary key (document_id, number)
);

alter table source_document add column revision int default 1 not null;

insert into document_revision (document_id, number, body, sha256, length_cp, created_at, created_by, summary)
select id, 1, body, sha256, length_cp, created_at,
       case when seed_hash is null then 'unknown' else 'seed' end, 'first text'
from source_document;

-- A citation counts its offsets in one revision of its document: the current one, unless it is ORPHANED. Its anchor
-- says how the last re-anchoring went, with the span and quote it had before.
alter table citation add column revision int default 1 not null;
alter table citation add column anchor_status varchar(8) default 'EXACT' not null;
alter table citation add column anchor_score double precision default 1 not null;
alter table citation add column previous_start int;
alter table citation add column previous_end int;
alter table citation add column previous_quote varchar(4000);
create index citation_anchor on citation (anchor_status, id);

-- Whether a change left the position with citations to review, for the change feed.
alter table position_revision add column needs_review boolean default false not null;
