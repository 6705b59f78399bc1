-- Ending and deleting a class (src/main/java/org/ganplayground/classroom/ClassLifecycle.java):
-- an ended class is read-only for its learners and is deleted some days later by the purge job
-- (classroom/Purge.java); a class whose deletion started and did not finish keeps deleting_since,
-- so what is left stays listed and the deletion can be run again.
alter table school_class add column ended_at timestamp;
alter table school_class add column deleting_since timestamp;
create index school_class_ended on school_class (ended_at);
