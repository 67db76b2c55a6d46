package io.casehall.qualification.review;

/** One row of the report's statistics table: the graduates of one major at one education level. */
public record ReportLine(String education, String major, StatusCounts counts) {
}
