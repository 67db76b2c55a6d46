package io.casehall.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A qualification campaign (资格审查) of one graduation year: the graduate window (graduates check and submit) and
 * the college window (colleges decide the sensitive changes). A window is open from its start until its end or
 * until the campaign's process closed it, whichever comes first.
 */
@Entity
@Table(name = "qualification_campaign")
public class QualificationCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "graduation_year", nullable = false)
    private int graduationYear;
    @Column(nullable = false)
    private String title;
    @Column(name = "graduate_window_start", nullable = false)
    private Instant graduateWindowStart;
    @Column(name = "graduate_window_end", nullable = false)
    private Instant graduateWindowEnd;
    @Column(name = "college_window_start", nullable = false)
    private Instant collegeWindowStart;
    @Column(name = "college_window_end", nullable = false)
    private Instant collegeWindowEnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "graduate_window_closed_at")
    private Instant graduateWindowClosedAt;
    @Column(name = "college_window_closed_at")
    private Instant collegeWindowClosedAt;

    protected QualificationCampaign() {
    }

    public QualificationCampaign(int graduationYear, String title, CampaignWindows windows, String createdBy,
                                 Instant now) {
        this.graduationYear = graduationYear;
        this.title = title;
        this.graduateWindowStart = windows.graduateStart();
        this.graduateWindowEnd = windows.graduateEnd();
        this.collegeWindowStart = windows.collegeStart();
        this.collegeWindowEnd = windows.collegeEnd();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = CampaignStatus.OPEN;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Whether graduates may bind, confirm and ask for changes at that moment. */
    public boolean graduateWindowOpenAt(Instant now) {
        return graduateWindowClosedAt == null && !now.isBefore(graduateWindowStart) && now.isBefore(graduateWindowEnd);
    }

    /** Whether colleges may decide change requests at that moment. */
    public boolean collegeWindowOpenAt(Instant now) {
        return collegeWindowClosedAt == null && !now.isBefore(collegeWindowStart) && now.isBefore(collegeWindowEnd);
    }

    public boolean graduateWindowClosed() {
        return graduateWindowClosedAt != null;
    }

    public boolean collegeWindowClosed() {
        return collegeWindowClosedAt != null;
    }

    /** Moves the graduate window's end (extension, or closing early by moving it to now). */
    public void moveGraduateWindowEnd(Instant end) {
        if (graduateWindowClosed()) {
            throw new IllegalStateException("graduate window of campaign " + id + " is closed");
        }
        this.graduateWindowEnd = end;
    }

    /** Moves the college window's end (extension, or closing early by moving it to now). */
    public void moveCollegeWindowEnd(Instant end) {
        if (collegeWindowClosed()) {
            throw new IllegalStateException("college window of campaign " + id + " is closed");
        }
        this.collegeWindowEnd = end;
    }

    /** Closes the graduate window (the process's timer); idempotent. */
    public boolean closeGraduateWindow(Instant now) {
        if (graduateWindowClosed()) {
            return false;
        }
        graduateWindowClosedAt = now;
        status = CampaignStatus.GRADUATE_WINDOW_CLOSED;
        return true;
    }

    /** Closes the college window (the process's timer); idempotent. */
    public boolean closeCollegeWindow(Instant now) {
        if (collegeWindowClosed()) {
            return false;
        }
        if (graduateWindowClosedAt == null) {
            graduateWindowClosedAt = now;
        }
        collegeWindowClosedAt = now;
        status = CampaignStatus.CLOSED;
        return true;
    }

    public CampaignWindows windows() {
        return new CampaignWindows(graduateWindowStart, graduateWindowEnd, collegeWindowStart, collegeWindowEnd);
    }

    /** "2023届毕业生资格审查" style label: the title. */
    public String label() {
        return title;
    }

    public Long getId() {
        return id;
    }

    public int getGraduationYear() {
        return graduationYear;
    }

    public String getTitle() {
        return title;
    }

    public Instant getGraduateWindowStart() {
        return graduateWindowStart;
    }

    public Instant getGraduateWindowEnd() {
        return graduateWindowEnd;
    }

    public Instant getCollegeWindowStart() {
        return collegeWindowStart;
    }

    public Instant getCollegeWindowEnd() {
        return collegeWindowEnd;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getGraduateWindowClosedAt() {
        return graduateWindowClosedAt;
    }

    public Instant getCollegeWindowClosedAt() {
        return collegeWindowClosedAt;
    }
}
