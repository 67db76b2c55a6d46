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
import java.time.LocalDate;

/**
 * One graduate of a campaign with their source data (生源信息), the portal account bound to the record, and what
 * they did with it ({@link CheckStatus}).
 */
@Entity
@Table(name = "qualification_graduate")
public class QualificationGraduate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "candidate_no", nullable = false)
    private String candidateNo;
    @Column(name = "student_no", nullable = false)
    private String studentNo;
    @Column(nullable = false)
    private String college;
    @Column(nullable = false)
    private String education;
    @Column(nullable = false)
    private String major;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String gender;
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;
    @Column(name = "origin_place_code", nullable = false)
    private String originPlaceCode;
    @Column(nullable = false)
    private String ethnicity;
    @Column(name = "political_status", nullable = false)
    private String politicalStatus;
    @Column(nullable = false)
    private String phone;
    @Column(name = "home_address")
    private String homeAddress;
    @Column(name = "home_division_code")
    private String homeDivisionCode;
    @Column(name = "home_street")
    private String homeStreet;
    @Column(name = "home_house_no")
    private String homeHouseNo;
    @Column(name = "home_phone")
    private String homePhone;
    private String email;
    @Column(name = "applicant_account_id")
    private Long applicantAccountId;
    @Column(name = "bound_at")
    private Instant boundAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "check_status", nullable = false)
    private CheckStatus checkStatus;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected QualificationGraduate() {
    }

    public QualificationGraduate(Long campaignId, GraduateData data, Instant now) {
        this.campaignId = campaignId;
        this.importedAt = now;
        this.checkStatus = CheckStatus.NOT_SUBMITTED;
        replaceData(data, now);
    }

    /** A re-imported row replaces the office's data (the account binding and the graduate's check stay). */
    public void replaceData(GraduateData data, Instant now) {
        this.candidateNo = data.candidateNo();
        this.studentNo = data.studentNo();
        this.college = data.college();
        this.education = data.education();
        this.major = data.major();
        this.name = data.name();
        this.gender = data.gender();
        this.birthDate = data.birthDate();
        this.originPlaceCode = data.originPlaceCode();
        this.ethnicity = data.ethnicity();
        this.politicalStatus = data.politicalStatus();
        this.phone = data.phone();
        if (data.homeAddress() != null && !data.homeAddress().equals(homeAddress)) {
            this.homeAddress = data.homeAddress();
            this.homeDivisionCode = null;
            this.homeStreet = null;
            this.homeHouseNo = null;
        }
        this.homePhone = data.homePhone();
        this.email = data.email();
        this.updatedAt = now;
    }

    /** Binds the graduate's portal account (step 1, after the phone was proven). */
    public void bind(Long applicantAccountId, Instant now) {
        this.applicantAccountId = applicantAccountId;
        this.boundAt = now;
        this.updatedAt = now;
    }

    public boolean isBound() {
        return applicantAccountId != null;
    }

    /** The graduate confirmed the record as correct (确认无误). */
    public void confirm(Instant now) {
        this.checkStatus = CheckStatus.CONFIRMED;
        this.confirmedAt = now;
        this.updatedAt = now;
    }

    /** A sensitive change request was submitted and waits for the college. */
    public void changeRequested(Instant now) {
        this.checkStatus = CheckStatus.CHANGE_PENDING;
        this.updatedAt = now;
    }

    /** What the college decided on the last change request (called by {@link ChangeRequest}). */
    void changeDecided(CheckStatus outcome, Instant now) {
        this.checkStatus = outcome;
        this.updatedAt = now;
    }

    /** The stored value of a field (see {@link QualificationField}). */
    public String value(QualificationField field) {
        return switch (field) {
            case NAME -> name;
            case GENDER -> gender;
            case BIRTH_DATE -> birthDate.toString();
            case ETHNICITY -> ethnicity;
            case POLITICAL_STATUS -> politicalStatus;
            case ORIGIN_PLACE -> originPlaceCode;
            case PHONE -> phone;
            case HOME_ADDRESS -> homeAddress().encode();
            case HOME_PHONE -> homePhone;
            case EMAIL -> email;
        };
    }

    /**
     * Sets a field to a stored value (a change applied at once, or an approved one); {@code text} is what people
     * read, used for the home address's full text.
     */
    public void apply(QualificationField field, String value, String text, Instant now) {
        switch (field) {
            case NAME -> name = value;
            case GENDER -> gender = value;
            case BIRTH_DATE -> birthDate = LocalDate.parse(value);
            case ETHNICITY -> ethnicity = value;
            case POLITICAL_STATUS -> politicalStatus = value;
            case ORIGIN_PLACE -> originPlaceCode = value;
            case PHONE -> phone = value;
            case HOME_ADDRESS -> {
                HomeAddress address = HomeAddress.decode(value, text);
                homeDivisionCode = address.divisionCode();
                homeStreet = address.street();
                homeHouseNo = address.houseNo();
                homeAddress = text;
            }
            case HOME_PHONE -> homePhone = value;
            case EMAIL -> email = value;
        }
        this.updatedAt = now;
    }

    public HomeAddress homeAddress() {
        return new HomeAddress(homeDivisionCode, homeStreet, homeHouseNo, homeAddress);
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCandidateNo() {
        return candidateNo;
    }

    public String getStudentNo() {
        return studentNo;
    }

    public String getCollege() {
        return college;
    }

    public String getEducation() {
        return education;
    }

    public String getMajor() {
        return major;
    }

    public String getName() {
        return name;
    }

    public String getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getOriginPlaceCode() {
        return originPlaceCode;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getPoliticalStatus() {
        return politicalStatus;
    }

    public String getPhone() {
        return phone;
    }

    public String getHomeAddress() {
        return homeAddress;
    }

    public String getHomePhone() {
        return homePhone;
    }

    public String getEmail() {
        return email;
    }

    public Long getApplicantAccountId() {
        return applicantAccountId;
    }

    public Instant getBoundAt() {
        return boundAt;
    }

    public CheckStatus getCheckStatus() {
        return checkStatus;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
