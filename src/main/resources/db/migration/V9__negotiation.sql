-- Negotiations: named sides of parties, the topics in scope and the documents that report them.
-- Portable across H2 and PostgreSQL. Deleting a party, topic or document takes it out of every negotiation.

create table negotiation (
    id          varchar(64)   primary key,
    name        varchar(200)  not null,
    description varchar(2000),
    starts_on   date,
    ends_on     date,
    version     bigint        not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    seed_hash   varchar(64)
);

-- A party sits on one side of a negotiation; side_ord orders the sides, member_ord the parties on a side.
create table negotiation_member (
    negotiation_id varchar(64)  not null references negotiation (id) on delete cascade,
    party_id       varchar(64)  not null references party (id) on delete cascade,
    side_ord       int          not null,
    side_name      varchar(200) not null,
    member_ord     int          not null,
    primary key (negotiation_id, party_id)
);
create index negotiation_member_party on negotiation_member (party_id);

create table negotiation_topic (
    negotiation_id varchar(64) not null references negotiation (id) on delete cascade,
    topic_id       varchar(64) not null references topic (id) on delete cascade,
    primary key (negotiation_id, topic_id)
);
create index negotiation_topic_topic on negotiation_topic (topic_id);

create table negotiation_document (
    negotiation_id varchar(64) not null references negotiation (id) on delete cascade,
    document_id    varchar(64) not null references source_document (id) on delete cascade,
    primary key (negotiation_id, document_id)
);
create index negotiation_document_document on negotiation_document (document_id);
