package org.ganplayground.settings;

import java.util.List;
import java.util.stream.Collectors;

/** A run config that cannot be run, with every reason. */
public class InvalidConfigException extends IllegalArgumentException {

    private final transient List<ConfigError> errors;

    public InvalidConfigException(List<ConfigError> errors) {
        super(
                errors.stream()
                        .map(e -> e.field() + ": " + e.message())
                        .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ConfigError> errors() {
        return errors;
    }
}
