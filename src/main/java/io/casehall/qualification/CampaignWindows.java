package io.casehall.qualification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The two windows of a campaign: graduates submit, then colleges review (they may overlap by the last day). */
public record CampaignWindows(Instant graduateStart, Instant graduateEnd, Instant collegeStart, Instant collegeEnd) {

    /**
     * Message keys of what is wrong with the windows (empty when they are fine): each window must end after it
     * starts, the college window must not start before the graduate window nor end before it.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!graduateEnd.isAfter(graduateStart)) {
            problems.add("qualification.windows.graduateEndBeforeStart");
        }
        if (!collegeEnd.isAfter(collegeStart)) {
            problems.add("qualification.windows.collegeEndBeforeStart");
        }
        if (collegeStart.isBefore(graduateStart)) {
            problems.add("qualification.windows.collegeStartsBeforeGraduate");
        }
        if (collegeEnd.isBefore(graduateEnd)) {
            problems.add("qualification.windows.collegeEndsBeforeGraduate");
        }
        return problems;
    }
}
