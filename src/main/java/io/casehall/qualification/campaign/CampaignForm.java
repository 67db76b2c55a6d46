package io.casehall.qualification.campaign;

import io.casehall.qualification.CampaignWindows;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The office's form to create a campaign, as typed (so that it comes back unchanged with its messages): the
 * graduation year, an optional title, and the two windows as {@code datetime-local} values in the business zone.
 */
public class CampaignForm implements Serializable {

    static final int TITLE_MAX = 100;

    private String graduationYear = "";
    private String title = "";
    private String graduateStart = "";
    private String graduateEnd = "";
    private String collegeStart = "";
    private String collegeEnd = "";

    /** The checked request, or empty with the problems in {@code errors}. */
    Optional<NewCampaign> validate(Errors errors, ZoneId zone, Instant now) {
        Integer year = year(errors);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.length() > TITLE_MAX) {
            errors.rejectValue("title", "qualification.campaign.error.titleTooLong", new Object[] {TITLE_MAX}, null);
        }
        Instant gStart = instant("graduateStart", graduateStart, zone, errors);
        Instant gEnd = instant("graduateEnd", graduateEnd, zone, errors);
        Instant cStart = instant("collegeStart", collegeStart, zone, errors);
        Instant cEnd = instant("collegeEnd", collegeEnd, zone, errors);
        if (gStart != null && gEnd != null && !gEnd.isAfter(gStart)) {
            reject(errors, "graduateEnd", "qualification.windows.graduateEndBeforeStart");
        }
        if (cStart != null && cEnd != null && !cEnd.isAfter(cStart)) {
            reject(errors, "collegeEnd", "qualification.windows.collegeEndBeforeStart");
        }
        if (gStart != null && cStart != null && cStart.isBefore(gStart)) {
            reject(errors, "collegeStart", "qualification.windows.collegeStartsBeforeGraduate");
        }
        if (gEnd != null && cEnd != null && cEnd.isBefore(gEnd)) {
            reject(errors, "collegeEnd", "qualification.windows.collegeEndsBeforeGraduate");
        }
        if (gEnd != null && !gEnd.isAfter(now)) {
            reject(errors, "graduateEnd", "qualification.campaign.error.endInPast");
        }
        if (errors.hasErrors() || year == null) {
            return Optional.empty();
        }
        String label = cleanTitle.isEmpty() ? year + "届毕业生资格审查" : cleanTitle;
        return Optional.of(new NewCampaign(year, label, new CampaignWindows(gStart, gEnd, cStart, cEnd)));
    }

    /** The first problem of a field is the one shown. */
    private static void reject(Errors errors, String field, String key) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, key);
        }
    }

    private Integer year(Errors errors) {
        String text = graduationYear == null ? "" : graduationYear.strip();
        if (text.isEmpty()) {
            errors.rejectValue("graduationYear", "qualification.campaign.error.yearRequired");
            return null;
        }
        if (!text.matches("\\d{4}") || Integer.parseInt(text) < 2000 || Integer.parseInt(text) > 2100) {
            errors.rejectValue("graduationYear", "qualification.campaign.error.year", new Object[] {text}, null);
            return null;
        }
        return Integer.valueOf(text);
    }

    /** A {@code datetime-local} value (2026-10-06T08:00) in the business zone; a date alone means its start. */
    static Instant instant(String field, String value, ZoneId zone, Errors errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.rejectValue(field, "qualification.campaign.error.dateRequired");
            return null;
        }
        Optional<Instant> parsed = parse(text, zone);
        if (parsed.isEmpty()) {
            errors.rejectValue(field, "qualification.campaign.error.dateTime", new Object[] {text}, null);
            return null;
        }
        return parsed.get();
    }

    static Optional<Instant> parse(String text, ZoneId zone) {
        String value = text.strip().replace(' ', 'T');
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(java.time.LocalDate.parse(value).atStartOfDay(zone).toInstant());
            }
            return Optional.of(LocalDateTime.parse(value).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String getGraduationYear() {
        return graduationYear;
    }

    public void setGraduationYear(String graduationYear) {
        this.graduationYear = graduationYear;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGraduateStart() {
        return graduateStart;
    }

    public void setGraduateStart(String graduateStart) {
        this.graduateStart = graduateStart;
    }

    public String getGraduateEnd() {
        return graduateEnd;
    }

    public void setGraduateEnd(String graduateEnd) {
        this.graduateEnd = graduateEnd;
    }

    public String getCollegeStart() {
        return collegeStart;
    }

    public void setCollegeStart(String collegeStart) {
        this.collegeStart = collegeStart;
    }

    public String getCollegeEnd() {
        return collegeEnd;
    }

    public void setCollegeEnd(String collegeEnd) {
        this.collegeEnd = collegeEnd;
    }
}
