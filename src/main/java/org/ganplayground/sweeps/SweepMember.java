package org.ganplayground.sweeps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One run of a sweep: its place, the swept setting's value (as the serialised form writes it) and
 * its seed. Waiting while it has neither a run nor a note; launched once it has a run; a note says
 * why it never will be (cancelled, refused).
 */
@Entity
@Table(name = "sweep_member")
public class SweepMember {

    /**
     * The longest value stored (src/main/resources/db/migration/V9__sweeps.sql): the longest text
     * any setting accepts (a rule list or a domain's free text).
     */
    public static final int VALUE_MAX_LENGTH = 2000;

    public static final int NOTE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sweep_id", nullable = false)
    private Long sweepId;

    @Column(nullable = false)
    private int place;

    @Column(name = "swept_value", nullable = false, length = VALUE_MAX_LENGTH)
    private String value;

    @Column(nullable = false)
    private long seed;

    @Column(name = "run_id")
    private Long runId;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    protected SweepMember() {}

    SweepMember(long sweepId, int place, String value, long seed) {
        this.sweepId = sweepId;
        this.place = place;
        this.value = value;
        this.seed = seed;
    }

    public Long getId() {
        return id;
    }

    public Long getSweepId() {
        return sweepId;
    }

    /** 0 for the first run of the sweep. */
    public int getPlace() {
        return place;
    }

    public String getValue() {
        return value;
    }

    public long getSeed() {
        return seed;
    }

    /** Its run once launched. */
    public Long getRunId() {
        return runId;
    }

    /** Why it was never launched, if it never will be. */
    public String getNote() {
        return note;
    }

    /** Still waiting for a free slot of its owner. */
    public boolean isWaiting() {
        return runId == null && note == null;
    }
}
