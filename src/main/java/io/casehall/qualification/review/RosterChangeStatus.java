package io.casehall.qualification.review;

/** Waiting for the employment office, applied to the campaign, or not agreed to. */
public enum RosterChangeStatus {
    PENDING, APPLIED, REJECTED;

    public String labelKey() {
        return "qualification.roster.status." + name();
    }
}
