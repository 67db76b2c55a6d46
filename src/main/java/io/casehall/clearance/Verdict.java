package io.casehall.clearance;

/** An operator's decision at a checkpoint, with the words of the seed's import column (办理结果). */
public enum Verdict {
    PASS(GraduationClearanceProcess.RESULT_PASSED),
    FAIL(GraduationClearanceProcess.RESULT_FAILED);

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** 通过 / 未通过: the value of the process variable {@code checkpointResult} and of the import column. */
    public String label() {
        return label;
    }

    public static Verdict ofLabel(String label) {
        for (Verdict v : values()) {
            if (v.label.equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException(label);
    }
}
