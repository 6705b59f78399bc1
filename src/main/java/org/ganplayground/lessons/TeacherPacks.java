package org.ganplayground.lessons;

import java.util.List;
import java.util.Optional;
import org.ganplayground.classroom.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The teacher packs of the course, for teachers only: a learner, a guest or nobody signed in gets
 * nothing, whatever page asks.
 */
@Service
public class TeacherPacks {

    private final LessonService lessons;
    private final CurrentUser currentUser;

    TeacherPacks(LessonService lessons, CurrentUser currentUser) {
        this.lessons = lessons;
        this.currentUser = currentUser;
    }

    /** The pack of one lesson for a teacher; empty for anyone else and for an unknown slug. */
    public Optional<TeacherPack> pack(String slug) {
        if (!teacher() || slug == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(lessons.packsForAnyone().get(slug));
    }

    /** Every lesson's pack in the course's order, for a teacher; none for anyone else. */
    public List<TeacherPack> all() {
        if (!teacher()) {
            return List.of();
        }
        return lessons.lessons().stream()
                .map(l -> lessons.packsForAnyone().get(l.slug()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private boolean teacher() {
        return currentUser.find().map(c -> c.teaches()).orElse(false);
    }
}
