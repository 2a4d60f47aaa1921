-- The change feeds' cursor: each position revision's place in commit order. A writing transaction takes its
-- numbers from change_counter just before it commits and holds that row locked until it has committed, so a
-- number is only ever handed out after every smaller one is visible: a reader that sees number n has seen all
-- below it, on any replica. Portable SQL (H2 and PostgreSQL alike).
alter table position_revision add column seq bigint;

update position_revision set seq = (
    select numbered.n from (
        select id, row_number() over (order by changed_at, id) as n from position_revision) numbered
    where numbered.id = position_revision.id);

create unique index position_revision_cursor on position_revision (seq);

create table change_counter (
    id       int    primary key,
    last_seq bigint not null
);
insert into change_counter (id, last_seq) select 1, coalesce(max(seq), 0) from position_revision;
