package org.ganplayground.teaching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts.ClassOf;
import org.ganplayground.teaching.FailOnce;
import org.ganplayground.teaching.TestWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClassDataViewTest extends KaribuViewTest {

    @Autowired TestWork work;
    @Autowired FailOnce failOnce;

    private ClassDataView open(long classId) {
        UI.getCurrent().navigate("classes/" + classId + "/data");
        return _get(ClassDataView.class);
    }

    @Test
    void a_teacher_reads_the_schedule_and_ends_the_class_after_confirming() {
        ClassOf c = accounts.classOf(2);
        signInAs(c.teacher());
        ClassDataView view = open(c.classId());

        assertThat(_find(view, ListItem.class))
                .extracting(ListItem::getText)
                .anyMatch(t -> t.startsWith("Guest work: deleted 4 hours after the guest started"))
                .anyMatch(t -> t.contains("deleted 30 days after the teacher ends the class"));
        assertThat(GridKt._size(view.learners)).isEqualTo(2);
        assertThat(view.state.getText()).startsWith("This class is running");

        view.end.click();
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(ask)).startsWith("End Class of ");
        ConfirmDialogKt._fireConfirm(ask);

        assertThat(view.state.getText()).contains("ended on").contains("will be deleted on");
        assertThat(view.end.isVisible()).isFalse();
        assertThat(view.reopen.isVisible()).isTrue();

        // its learners read why nothing can be changed, on every page
        signInAs(c.learners().get(0));
        UI.getCurrent().navigate("account");
        assertThat(_find(Span.class, s -> s.withClasses("gp-class-ended")))
                .singleElement()
                .matches(Span::isVisible)
                .extracting(Span::getText)
                .asString()
                .contains("can be read but not changed")
                .contains("It will be deleted on");
    }

    @Test
    void another_teachers_class_looks_like_a_missing_one() {
        ClassOf c = accounts.classOf(1);
        signInAs(accounts.create("other", Role.TEACHER, null));
        assertThat(open(c.classId()).missing.getText())
                .isEqualTo("There is no class " + c.classId() + ".");
        assertThat(open(999_999_999L).missing.getText()).isEqualTo("There is no class 999999999.");
    }

    @Test
    void a_deletion_that_failed_is_listed_unfinished_and_delete_again_finishes_it() {
        ClassOf c = accounts.classOf(2);
        c.learners().forEach(work::of);
        failOnce.arm(c.learners().get(1).id());
        signInAs(c.teacher());
        ClassDataView view = open(c.classId());
        String name = view.title.getText().replace("Data and retention: ", "");

        view.delete.click();
        DeleteClassDialog ask = _get(DeleteClassDialog.class);
        ask.name.setValue("not the name");
        assertThat(ask.confirm.isEnabled()).isFalse();
        ask.name.setValue(name);
        assertThat(ask.confirm.isEnabled()).isTrue();
        ask.confirm.click();
        work.awaitDeletion(c.classId());

        UI.getCurrent().navigate("classes");
        Grid<?> classes = _get(Grid.class);
        Component status = GridKt._getCellComponent(classes, 0, "status");
        assertThat(_find(status, Span.class))
                .first()
                .extracting(Span::getText)
                .isEqualTo("Deletion unfinished");
        _get(status, Button.class, spec -> spec.withText("Delete again")).click();
        work.awaitDeletion(c.classId());

        UI.getCurrent().navigate("classes");
        assertThat(GridKt._size(_get(Grid.class))).isZero();
        c.learners().forEach(l -> assertThat(work.rows(l.id())).isEqualTo(TestWork.NOTHING));
    }
}
