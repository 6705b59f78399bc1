package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The retention schedule's sentences (classroom/Retention.java) as a list. */
final class Schedule {

    private Schedule() {}

    static UnorderedList of(List<String> sentences) {
        UnorderedList list = new UnorderedList();
        sentences.forEach(s -> list.add(new ListItem(s)));
        return list;
    }
}
