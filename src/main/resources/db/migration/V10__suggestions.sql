-- Terms that mark a topic in a text (for suggestions), and the positions suggested from each document.
-- Portable across H2 and PostgreSQL.

create table topic_term (
    topic_id varchar(64)  not null references topic (id) on delete cascade,
    ord      int          not null,
    term     varchar(200) not null,
    primary key (topic_id, ord)
);

create table suggestion (
    id              varchar(64)   primary key,
    document_id     varchar(64)   not null references source_document (id) on delete cascade,
    ord             int           not null,
    party_id        varchar(64)   not null,
    speaker_id      varchar(64),
    speaker_name    varchar(200),
    speaker_role    varchar(300),
    topic_id        varchar(64),
    kind            varchar(16)   not null,
    summary         varchar(1000) not null,
    quote           varchar(4000) not null,
    start_cp        int           not null,
    end_cp          int           not null,
    prefix          varchar(128)  not null,
    suffix          varchar(128)  not null,
    confidence      double precision not null,
    evidence        varchar(4000) not null,
    status          varchar(16)   not null,
    corroborates_id varchar(64),
    position_id     varchar(64),
    reviewed_by     varchar(200),
    reviewed_at     timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null
);
create index suggestion_document on suggestion (document_id, ord);
