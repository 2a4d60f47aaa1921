-- A counter every write transaction moves on. Replicas that share the database compare it with the one their
-- cached reads were rendered at, so none serves a read another replica's write has made stale.
create table data_version (
    id         int    primary key,
    generation bigint not null
);
insert into data_version (id, generation) values (1, 0);
