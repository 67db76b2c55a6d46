package io.casehall.qualification.review;

/** The counters at the top of a college's console. */
public record CollegeOverview(StatusCounts graduates, RequestCounts requests, RosterCounts roster) {
}
