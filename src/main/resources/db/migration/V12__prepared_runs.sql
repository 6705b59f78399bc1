-- Prepared runs (src/main/java/org/ganplayground/lessons/LessonService.java#prepare): a teacher
-- launches a lesson's runs (and its sweep) once for a class before class, so that 30 learners on
-- one server have the lesson's run to study while their own runs wait in the queue. The runs stay
-- the teacher's; prepared_for names the class whose learners may read them.
alter table run add column prepared_for bigint;
alter table sweep add column prepared_for bigint;
create index run_prepared on run (prepared_for, lesson_slug);
