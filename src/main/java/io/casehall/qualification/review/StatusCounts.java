package io.casehall.qualification.review;

/**
 * How far a group of graduates (a college, a major) has come in the source-data check: everyone, those who
 * confirmed their record, those whose sensitive change was approved, those waiting for the college, those whose
 * last change was rejected or expired undecided (their record is unchanged), and those who submitted nothing.
 */
public record StatusCounts(long graduates, long confirmed, long changed, long pending, long notChanged,
                           long notSubmitted) {

    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0, 0);

    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(graduates + other.graduates, confirmed + other.confirmed, changed + other.changed,
                pending + other.pending, notChanged + other.notChanged, notSubmitted + other.notSubmitted);
    }
}
