-- Several app nodes on one database (README.md, "Several machines"): each node registers here and
-- heartbeats (src/main/java/org/ganplayground/training/Nodes.java); a run records the node training
-- it or holding its step session, so only a node that is gone loses its runs.
-- Times are each node's own clock in epoch milliseconds, for people reading the table: a node is
-- judged gone when its beat stops changing, never by comparing two machines' clocks.
create table node (
    id varchar(80) primary key,
    role varchar(16) not null,
    started_ms bigint not null,
    beat bigint not null,
    beat_ms bigint not null
);
alter table run add column node_id varchar(80);
create index run_node on run (node_id);

-- One row that every claim locks first: a class's maximum of runs training at once is counted and
-- used by one worker at a time, on every node (src/main/java/org/ganplayground/training/TrainingQueue.java).
create table queue_lock (id int primary key);
insert into queue_lock (id) values (1);
