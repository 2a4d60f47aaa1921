-- The matrix ranks each (party, topic) pair's positions latest first; this index holds them in that order.
create index party_position_pair on party_position (party_id, topic_id, stated_on desc, id desc);
