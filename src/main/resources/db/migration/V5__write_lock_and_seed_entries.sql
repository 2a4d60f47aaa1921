-- Rows that writes lock (select ... for update) to run one at a time where a check spans many records: every
-- write that sets a position's respondsTo takes 'responds-to', so two concurrent writes cannot close a loop.
create table write_lock (
    name varchar(32) primary key
);
insert into write_lock (name) values ('responds-to');

-- The catalogue entries the seed loader has loaded, with the hash of the entry and the version of the record it
-- left. A record whose version moved on since was edited by a user; an entry whose record is gone was deleted by
-- one. Either way the catalogue no longer touches it.
create table seed_entry (
    kind           varchar(16) not null,
    entry_id       varchar(64) not null,
    hash           varchar(64) not null,
    record_version bigint      not null,
    primary key (kind, entry_id)
);
insert into seed_entry (kind, entry_id, hash, record_version)
    select 'topic', id, seed_hash, version from topic where seed_hash is not null;
insert into seed_entry (kind, entry_id, hash, record_version)
    select 'party', id, seed_hash, version from party where seed_hash is not null;
insert into seed_entry (kind, entry_id, hash, record_version)
    select 'document', id, seed_hash, version from source_document where seed_hash is not null;
insert into seed_entry (kind, entry_id, hash, record_version)
    select 'position', id, seed_hash, version from party_position where seed_hash is not null;
