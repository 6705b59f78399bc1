package org.ganplayground.domains;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which domain a run uses and its parameters, as plain strings (the serialised form of a run config
 * keeps them as they are). Parameters a domain does not know are refused by its validation.
 *
 * @param id the domain id: {@code points-2d}, {@code creatures}, {@code spectra-1d}
 * @param params domain parameters, e.g. {@code shape=ring8}
 */
public record DomainSpec(String id, Map<String, String> params) {

    public DomainSpec {
        params = params == null ? Map.of() : Map.copyOf(new TreeMap<>(params));
    }

    public String param(String key, String fallback) {
        return params.getOrDefault(key, fallback);
    }
}
