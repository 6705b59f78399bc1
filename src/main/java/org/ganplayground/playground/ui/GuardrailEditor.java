package org.ganplayground.playground.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.ganplayground.guardrails.Comparison;
import org.ganplayground.guardrails.FeatureInfo;
import org.ganplayground.guardrails.Guardrail;
import org.ganplayground.guardrails.Guardrails;
import org.ganplayground.settings.Catalogue;

/**
 * The learner's rules for the real data: pick a feature, a comparison and a target; each rule shows
 * as a removable line. Messages for rules that cannot hold appear right here.
 */
class GuardrailEditor extends VerticalLayout {

    /** The rules or the up-front switch changed. */
    static class ChangeEvent extends ComponentEvent<GuardrailEditor> {
        ChangeEvent(GuardrailEditor source) {
            super(source, false);
        }
    }

    final Select<FeatureInfo> feature = new Select<>();
    final Select<Comparison> comparison = new Select<>();
    final TextField target = new TextField("Target");
    final Button add = new Button("Add rule", VaadinIcon.PLUS.create());

    /** How many guardrails are given up front, as the settings catalogue words the choices. */
    final Select<String> upFront = new Select<>();

    final Span message = new Span();
    private final Div list = new Div();
    private final List<Guardrail> rules = new ArrayList<>();

    GuardrailEditor() {
        setPadding(false);
        setSpacing(false);
        feature.setLabel("Feature");
        feature.setItemLabelGenerator(FeatureInfo::name);
        feature.addValueChangeListener(
                e ->
                        feature.setHelperText(
                                e.getValue() == null ? null : e.getValue().description()));
        comparison.setLabel("Rule");
        comparison.setItems(Comparison.values());
        comparison.setItemLabelGenerator(Comparison::symbol);
        comparison.setValue(Comparison.EQ);
        comparison.setWidth("6em");
        target.setWidth("8em");
        add.addClickListener(e -> addFromInputs());
        HorizontalLayout builder = new HorizontalLayout(feature, comparison, target, add);
        builder.setAlignItems(FlexComponent.Alignment.BASELINE);
        builder.setWrap(true);
        upFront.setLabel("Given up front");
        upFront.setWidth("20rem");
        upFront.setMaxWidth("100%");
        upFront.setItems(List.copyOf(Catalogue.UP_FRONT.choices().keySet()));
        upFront.setItemLabelGenerator(k -> Catalogue.UP_FRONT.choices().get(k));
        upFront.setValue("0");
        upFront.setHelperText(
                "A conditional GAN: both networks are told the rule's value, and the forger is"
                        + " asked for it. Counted in the order the rules are written; rules on"
                        + " measured features (symmetry, radius, ...) are always learned from"
                        + " examples.");
        upFront.addValueChangeListener(e -> changed());
        message.addClassName("gp-error");
        add(
                new H3("Guardrails"),
                new Span(
                        "Rules the real data obeys. They are measured on every forgery: the pass rate is the"
                                + " inspector's checklist."),
                list,
                builder,
                message,
                upFront);
    }

    void setFeatures(List<FeatureInfo> features) {
        feature.setItems(features);
        if (!features.isEmpty()) {
            feature.setValue(features.get(0));
        }
    }

    /** {@code upFrontValue} as the setting writes it: "0" to "4" or "all". */
    void setRules(String text, String upFrontValue) {
        rules.clear();
        try {
            rules.addAll(Guardrails.parse(text == null ? "" : text));
            message.setText("");
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
        upFront.setValue(upFrontValue);
        redraw();
    }

    String rulesText() {
        return Guardrails.format(rules);
    }

    /** As the setting reads it. */
    String upFront() {
        return upFront.getValue() == null ? "0" : upFront.getValue();
    }

    /**
     * A message from validation, shown under the rules ("legs==5: only 4, 6 or 8 legs can be
     * drawn").
     */
    void showError(String text) {
        message.setText(text == null ? "" : text);
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> l) {
        return addListener(ChangeEvent.class, l);
    }

    private void addFromInputs() {
        target.setInvalid(false);
        if (feature.getValue() == null) {
            feature.setErrorMessage("Pick a feature");
            feature.setInvalid(true);
            return;
        }
        FeatureInfo f = feature.getValue();
        List<Guardrail> typed;
        try {
            // the same reader as links and files: NaN, huge numbers and stray text are refused
            typed =
                    Guardrails.parse(
                            f.name() + comparison.getValue().symbol() + target.getValue().strip());
        } catch (IllegalArgumentException e) {
            target.setErrorMessage("Type a number, e.g. 8");
            target.setInvalid(true);
            return;
        }
        double value = typed.isEmpty() ? Double.NaN : typed.get(0).target();
        if (!(value >= f.min() && value <= f.max())) {
            target.setErrorMessage(
                    f.name() + " is between " + num(f.min()) + " and " + num(f.max()));
            target.setInvalid(true);
            return;
        }
        List<Guardrail> more = new ArrayList<>(rules);
        more.add(new Guardrail(f.name(), comparison.getValue(), value, f.defaultTolerance()));
        try {
            // the list must read back from its text form, within the rule and length limits
            Guardrails.parse(Guardrails.format(more));
        } catch (IllegalArgumentException e) {
            target.setErrorMessage(e.getMessage());
            target.setInvalid(true);
            return;
        }
        rules.clear();
        rules.addAll(more);
        target.clear();
        redraw();
        changed();
    }

    private void redraw() {
        list.removeAll();
        for (Guardrail g : List.copyOf(rules)) {
            Button remove =
                    new Button(
                            VaadinIcon.CLOSE_SMALL.create(),
                            e -> {
                                rules.remove(g);
                                redraw();
                                changed();
                            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel("Remove rule " + Guardrails.format(List.of(g)));
            Span text = new Span(Guardrails.format(List.of(g)));
            text.getElement().getThemeList().add("badge");
            HorizontalLayout line = new HorizontalLayout(text, remove);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            list.add(line);
        }
        if (rules.isEmpty()) {
            list.add(new Span("No rules yet: the real data is the domain's whole variety."));
        }
    }

    private void changed() {
        fireEvent(new ChangeEvent(this));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
