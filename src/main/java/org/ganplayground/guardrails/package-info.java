/**
 * Learner-defined rules ({@code legs==8;fur>=0.5}): their text form, the checks that need only a
 * feature catalogue, and pass rates of a batch. A {@link org.ganplayground.guardrails.FeatureSet}
 * is what measures samples; the domains implement it, so this package does not depend on them.
 */
package org.ganplayground.guardrails;
