package org.ganplayground.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.ErrorParameter;
import org.junit.jupiter.api.Test;

class FriendlyErrorViewTest {

    @Test
    void a_page_that_fails_to_open_shows_the_friendly_message_and_not_the_exception() {
        FriendlyErrorView view = new FriendlyErrorView();
        int status =
                view.setErrorParameter(
                        null,
                        new ErrorParameter<>(
                                Exception.class,
                                new NumberFormatException("For input string: \"abc\"")));
        String page = view.getElement().getTextRecursively();
        assertThat(status).isEqualTo(500);
        assertThat(page).contains(FriendlyErrorHandler.MESSAGE);
        assertThat(page).doesNotContain("NumberFormatException").doesNotContain("abc");
    }
}
