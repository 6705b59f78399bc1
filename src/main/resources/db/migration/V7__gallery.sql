-- The class gallery (src/main/java/org/ganplayground/training/RunSharing.java): a learner shares a
-- run with their class (shared_at, null while private); classmates see shared runs only while the
-- teacher has turned sharing on for the class (off until then).
alter table run add column shared_at timestamp;
alter table school_class add column sharing boolean default false not null;
create index run_class_shared on run (class_id, shared_at);
