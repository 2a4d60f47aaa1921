-- Every change to a position, kept: who, when, which fields, the values before, and the state after.
-- No foreign key to party_position: the history of a deleted position outlives it.
create sequence position_revision_seq start with 1 increment by 50;

create table position_revision (
    id             bigint        primary key,
    position_id    varchar(64)   not null,
    version        bigint        not null,
    change         varchar(8)    not null,
    changed_at     timestamp(6) with time zone not null,
    changed_by     varchar(200)  not null,
    changed_fields varchar(200)  not null,
    before_state   text,
    after_state    text
);
create index position_revision_position on position_revision (position_id, id);
create index position_revision_time on position_revision (changed_at, id);
