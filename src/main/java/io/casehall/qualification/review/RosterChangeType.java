package io.casehall.qualification.review;

/** 增加 (a graduate the campaign lacks) or 减少 (a graduate who does not belong in it). */
public enum RosterChangeType {
    ADD, REMOVE;

    public String labelKey() {
        return "qualification.roster.type." + name();
    }
}
