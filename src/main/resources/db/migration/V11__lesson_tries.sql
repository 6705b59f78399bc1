-- How many times a learner answered a question (lessons/LessonService.java): a graded question takes
-- two tries, then shows its explanation. Answers stored before this count as one try.
alter table lesson_answer add column tries integer default 1 not null;
