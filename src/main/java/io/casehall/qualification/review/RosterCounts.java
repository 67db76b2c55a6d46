package io.casehall.qualification.review;

/** The college's additions and removals (生源增减): applied ones, and those still waiting for the office. */
public record RosterCounts(long added, long removed, long pending) {

    public static final RosterCounts NONE = new RosterCounts(0, 0, 0);
}
