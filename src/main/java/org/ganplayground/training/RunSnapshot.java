package org.ganplayground.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored snapshot: scalar metrics as JSON, samples and arrays as little-endian float32. */
@Entity
@Table(name = "run_snapshot")
class RunSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(nullable = false)
    private int iteration;

    @Column(name = "elapsed_ms", nullable = false)
    private long elapsedMs;

    @Column(name = "metrics_json", nullable = false, length = 20000)
    private String metricsJson;

    @Column(name = "fake_samples")
    private byte[] fakeSamples;

    @Column(name = "real_samples")
    private byte[] realSamples;

    @Column(name = "image_png")
    private byte[] imagePng;

    @Column(name = "arrays")
    private byte[] arrays;

    protected RunSnapshot() {}

    RunSnapshot(
            Long runId,
            int iteration,
            long elapsedMs,
            String metricsJson,
            byte[] fakeSamples,
            byte[] realSamples,
            byte[] imagePng,
            byte[] arrays) {
        this.runId = runId;
        this.iteration = iteration;
        this.elapsedMs = elapsedMs;
        this.metricsJson = metricsJson;
        this.fakeSamples = fakeSamples;
        this.realSamples = realSamples;
        this.imagePng = imagePng;
        this.arrays = arrays;
    }

    Long getRunId() {
        return runId;
    }

    int getIteration() {
        return iteration;
    }

    long getElapsedMs() {
        return elapsedMs;
    }

    String getMetricsJson() {
        return metricsJson;
    }

    byte[] getFakeSamples() {
        return fakeSamples;
    }

    byte[] getRealSamples() {
        return realSamples;
    }

    byte[] getImagePng() {
        return imagePng;
    }

    byte[] getArrays() {
        return arrays;
    }
}
