package io.casehall.qualification.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the college's report 《关于20XX届毕业生资格审查材料的报告》 says: the campaign's year and windows, the college,
 * its counts and one statistics line per major. Plain data, so the document is built (and tested) without a
 * database.
 *
 * @param graduationYear the graduating class (2023 → 2023届)
 * @param issuedOn the date the report is generated (business zone); the college may change it before signing
 */
public record CollegeReport(int graduationYear, String college, LocalDate graduateWindowStart,
                            LocalDate graduateWindowEnd, LocalDate collegeWindowStart, LocalDate collegeWindowEnd,
                            StatusCounts totals, RequestCounts requests, RosterCounts roster, List<ReportLine> lines,
                            LocalDate issuedOn) {

    public CollegeReport {
        Objects.requireNonNull(college, "college");
        Objects.requireNonNull(totals, "totals");
        requests = requests == null ? RequestCounts.NONE : requests;
        roster = roster == null ? RosterCounts.NONE : roster;
        lines = List.copyOf(lines);
        Objects.requireNonNull(issuedOn, "issuedOn");
    }
}
