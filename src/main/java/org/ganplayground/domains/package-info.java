/**
 * What "real" means: each {@link org.ganplayground.domains.Domain} (points-2d, creatures,
 * spectra-1d) is a catalogue of parameters and features; {@code setup(spec)} checks a spec and
 * returns a {@link org.ganplayground.domains.DomainSetup} that draws one sample, measures samples
 * and compares real with forged batches. {@link org.ganplayground.domains.GuardedSampler} does the
 * part every domain shares: real samples that pass the learner's guardrails, and the condition
 * vector of a conditioned run. Pure Java: no Spring, Vaadin, JPA or ND4J.
 */
package org.ganplayground.domains;
