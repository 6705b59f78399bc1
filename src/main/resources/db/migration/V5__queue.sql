-- The training queue lives in the run table itself (src/main/java/org/ganplayground/training/
-- TrainingQueue.java): when a run joined the queue, the class it counts against, whether it is an
-- open step session, and the compute it may use and has used (CPU milliseconds of one core).
alter table run add column queued_at timestamp;
alter table run add column class_id bigint;
alter table run add column step_mode boolean default false not null;
alter table run add column cpu_ms bigint default 0 not null;
alter table run add column budget_ms bigint;

-- runs queued before this version keep their place: they joined when they were made
update run set queued_at = created_at;

alter table run add constraint run_in_class
    foreign key (class_id) references school_class (id) on delete set null;
create index run_status_queued on run (status, queued_at);
create index run_owner_status on run (owner_id, status);

-- JobRunr kept its own tables in this database until this version; the queue no longer uses them
drop view if exists jobrunr_jobs_stats;
drop table if exists jobrunr_jobs;
drop table if exists jobrunr_recurring_jobs;
drop table if exists jobrunr_backgroundjobservers;
drop table if exists jobrunr_metadata;
drop table if exists jobrunr_job_counters;
drop table if exists jobrunr_migrations;
