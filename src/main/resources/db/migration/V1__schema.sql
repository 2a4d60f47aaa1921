-- Parley schema. Portable across H2 (embedded default) and PostgreSQL (production):
-- plain varchar/text/date/timestamp types, no engine-specific syntax.

create table party (
    id         varchar(64)  primary key,
    name       varchar(200) not null,
    kind       varchar(16)  not null,
    version    bigint       not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    seed_hash  varchar(64)
);

create table party_alias (
    party_id varchar(64)  not null references party (id) on delete cascade,
    ord      int          not null,
    alias    varchar(200) not null,
    primary key (party_id, ord)
);

create table representative (
    id       varchar(64)  primary key,
    party_id varchar(64)  not null references party (id) on delete cascade,
    name     varchar(200) not null,
    role     varchar(300)
);
create index representative_party on representative (party_id);

create table topic (
    id          varchar(64)   primary key,
    name        varchar(200)  not null,
    description varchar(2000),
    version     bigint        not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    seed_hash   varchar(64)
);

create table source_document (
    id              varchar(64)   primary key,
    title           varchar(500)  not null,
    outlet          varchar(200),
    url             varchar(2000),
    published_on    date,
    published_basis varchar(16),
    published_note  varchar(1000),
    language        varchar(35)   not null,
    note            varchar(2000),
    body            text          not null,
    sha256          char(64)      not null,
    length_cp       int           not null,
    version         bigint        not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    seed_hash       varchar(64),
    constraint source_document_sha256 unique (sha256)
);
create index source_document_published on source_document (published_on, id);

create table party_position (
    id             varchar(64)   primary key,
    party_id       varchar(64)   not null references party (id),
    topic_id       varchar(64)   not null references topic (id),
    kind           varchar(16)   not null,
    summary        varchar(1000) not null,
    stated_on      date          not null,
    speaker_id     varchar(64)   references representative (id),
    responds_to_id varchar(64)   references party_position (id),
    version        bigint        not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    seed_hash      varchar(64)
);
create index party_position_order on party_position (stated_on, id);
create index party_position_party on party_position (party_id, stated_on, id);
create index party_position_topic on party_position (topic_id, stated_on, id);
create index party_position_kind on party_position (kind, stated_on, id);
create index party_position_speaker on party_position (speaker_id);
create index party_position_responds_to on party_position (responds_to_id);

create sequence citation_seq start with 1 increment by 50;

create table citation (
    id          bigint        primary key,
    position_id varchar(64)   not null references party_position (id) on delete cascade,
    ord         int           not null,
    document_id varchar(64)   not null references source_document (id),
    quote       varchar(4000) not null,
    start_cp    int           not null,
    end_cp      int           not null,
    prefix      varchar(128)  not null,
    suffix      varchar(128)  not null,
    constraint citation_span check (start_cp >= 0 and end_cp > start_cp)
);
create index citation_position on citation (position_id, ord);
create index citation_document on citation (document_id, position_id);
