package io.casehall.qualification.campaign;

import io.casehall.qualification.QualificationCampaign;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A campaign as the office's pages show it: times in the business zone and where the campaign is now. */
public record CampaignView(QualificationCampaign campaign, String graduateStart, String graduateEnd,
                           String collegeStart, String collegeEnd, String graduateEndInput, String collegeEndInput,
                           boolean graduateOpen, boolean collegeOpen, String phaseKey) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static CampaignView of(QualificationCampaign c, ZoneId zone, Instant now) {
        boolean graduateOpen = c.graduateWindowOpenAt(now);
        boolean collegeOpen = c.collegeWindowOpenAt(now);
        return new CampaignView(c, shown(c.getGraduateWindowStart(), zone), shown(c.getGraduateWindowEnd(), zone),
                shown(c.getCollegeWindowStart(), zone), shown(c.getCollegeWindowEnd(), zone),
                INPUT.format(c.getGraduateWindowEnd().atZone(zone)), INPUT.format(c.getCollegeWindowEnd().atZone(zone)),
                graduateOpen, collegeOpen, phase(c, now, graduateOpen, collegeOpen));
    }

    private static String phase(QualificationCampaign c, Instant now, boolean graduateOpen, boolean collegeOpen) {
        if (c.collegeWindowClosed()) {
            return "qualification.phase.closed";
        }
        if (graduateOpen) {
            return "qualification.phase.graduateWindow";
        }
        if (!c.graduateWindowClosed() && now.isBefore(c.getGraduateWindowStart())) {
            return "qualification.phase.notStarted";
        }
        if (collegeOpen) {
            return "qualification.phase.collegeWindow";
        }
        return "qualification.phase.closing";
    }

    private static String shown(Instant instant, ZoneId zone) {
        return SHOWN.format(instant.atZone(zone));
    }

    public Long id() {
        return campaign.getId();
    }

    public String title() {
        return campaign.getTitle();
    }

    /** The graduate window's end may still move (it has not been closed). */
    public boolean graduateMovable() {
        return !campaign.graduateWindowClosed();
    }

    public boolean collegeMovable() {
        return !campaign.collegeWindowClosed();
    }
}
