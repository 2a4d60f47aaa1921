-- The party × topic matrix, kept by every write that changes positions, in its own transaction (PositionPairs):
-- per pair with positions, how many there are and the latest one (latest statement date, then greatest id), with
-- its citation counts and whether one of them waits for review. The matrix reads this instead of ranking every
-- position. Portable across H2 and PostgreSQL.
create table position_pair (
    party_id       varchar(64)   not null references party (id) on delete cascade,
    topic_id       varchar(64)   not null references topic (id) on delete cascade,
    positions      bigint        not null,
    latest_id      varchar(64)   not null,
    kind           varchar(16)   not null,
    stated_on      date          not null,
    summary        varchar(1000) not null,
    responds_to_id varchar(64),
    citations      bigint        not null,
    documents      bigint        not null,
    needs_review   boolean       not null,
    primary key (party_id, topic_id)
);
create index position_pair_topic on position_pair (topic_id);

insert into position_pair (party_id, topic_id, positions, latest_id, kind, stated_on, summary, responds_to_id,
                           citations, documents, needs_review)
select r.party_id, r.topic_id, r.pair_positions, r.id, r.kind, r.stated_on, r.summary, r.responds_to_id,
       count(c.id), count(distinct c.document_id),
       max(case when c.anchor_status in ('FUZZY', 'ORPHANED') then 1 else 0 end) = 1
from (select p.id, p.party_id, p.topic_id, p.kind, p.stated_on, p.summary, p.responds_to_id,
             count(*) over (partition by p.party_id, p.topic_id) as pair_positions,
             row_number() over (partition by p.party_id, p.topic_id order by p.stated_on desc, p.id desc) as recency
      from party_position p) r
left join citation c on c.position_id = r.id
where r.recency = 1
group by r.id, r.party_id, r.topic_id, r.kind, r.stated_on, r.summary, r.responds_to_id, r.pair_positions;

-- Writes that recompute a pair lock its stripe first (a pair maps to one of 256), so two transactions touching
-- the same pair recompute it one after the other, each seeing the other's committed positions: none loses an update.
create table pair_lock (
    stripe int primary key
);
insert into pair_lock (stripe) values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15);
insert into pair_lock (stripe) select h.stripe * 16 + l.stripe from pair_lock h cross join pair_lock l where h.stripe > 0;
