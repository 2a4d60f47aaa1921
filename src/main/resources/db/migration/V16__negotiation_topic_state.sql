-- Where each negotiation stands on each topic in scope, kept by every write in its own transaction
-- (negotiation/NegotiationStates): the topic's state and the rule behind it, its last movement, how many of its
-- demands have each status, its common ground and the shifts of stance on it. A start fills the rows a database
-- from before this version lacks. Writers of these rows take the 'negotiation-state' lock first. Portable across
-- H2 and PostgreSQL.

create table negotiation_topic_state (
    negotiation_id    varchar(64) not null references negotiation (id) on delete cascade,
    topic_id          varchar(64) not null references topic (id) on delete cascade,
    state             varchar(16) not null,
    rule              varchar(32) not null,
    last_movement     date,
    demands_open      int         not null,
    demands_rejected  int         not null,
    demands_countered int         not null,
    demands_accepted  int         not null,
    common_ground     int         not null,
    shifts            int         not null,
    primary key (negotiation_id, topic_id)
);
create index negotiation_topic_state_topic on negotiation_topic_state (topic_id);

insert into write_lock (name) values ('negotiation-state');
