package io.casehall.shared.cases;

import java.util.Objects;

/** 审核状态: the text the applicant reads (saying whose turn it is) and the badge's tone. */
public record CaseStatus(String label, CaseTone tone) {

    public CaseStatus {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tone, "tone");
    }
}
