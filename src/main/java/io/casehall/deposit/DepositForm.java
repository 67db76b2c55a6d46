package io.casehall.deposit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The application form (存档申请 / 档案转出 / 开具证明) as the portal binds it. Name, gender and ID number are shown
 * from the verified account and never read back. Uploads already stored stay on the form, so a form sent back
 * with messages keeps them. Serializable: a form sent back with messages is flashed through the (JDBC) session.
 */
public class DepositForm implements Serializable {

    private DepositServiceType service;
    private String submissionKey;
    private String applicantGroup;
    private String archiveKeeper;
    /** Shown only: from the verified identity. */
    private String fullName;
    private String gender;
    private String maskedIdNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private String householdDivision;
    /** The three place selects as posted; the validator turns them into {@link #householdDivision}. */
    private String householdDivisionProvince;
    private String householdDivisionCity;
    private String householdDivisionDistrict;
    private String ethnicity;
    private String politicalStatus;
    private String maritalStatus;
    private String childbearingStatus;
    private String passportNo;
    private String mobile;
    private String email;
    private String contactName;
    private String contactMobile;
    private List<HistoryLine> domesticHistory = new ArrayList<>();
    private List<StudyLine> overseasStudy = new ArrayList<>();
    private String agencyName;
    private String purpose;
    private String receivingAgency;
    private boolean agreementAccepted;
    private List<UploadRef> uploads = new ArrayList<>();

    /** A domestic history row as typed. */
    public static class HistoryLine implements Serializable {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;
        private String organisation;
        private String role;

        public HistoryLine() {
        }

        public HistoryLine(LocalDate from, LocalDate to, String organisation, String role) {
            this.from = from;
            this.to = to;
            this.organisation = organisation;
            this.role = role;
        }

        public boolean isBlank() {
            return from == null && to == null && isEmpty(organisation) && isEmpty(role);
        }

        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }
        public String getOrganisation() { return organisation; }
        public void setOrganisation(String organisation) { this.organisation = organisation; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
    }

    /** An overseas study row as typed. */
    public static class StudyLine implements Serializable {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;
        private String institution;
        private String degree;
        private String certificationNo;

        public StudyLine() {
        }

        public StudyLine(LocalDate from, LocalDate to, String institution, String degree, String certificationNo) {
            this.from = from;
            this.to = to;
            this.institution = institution;
            this.degree = degree;
            this.certificationNo = certificationNo;
        }

        public boolean isBlank() {
            return from == null && to == null && isEmpty(institution) && isEmpty(degree) && isEmpty(certificationNo);
        }

        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }
        public String getInstitution() { return institution; }
        public void setInstitution(String institution) { this.institution = institution; }
        public String getDegree() { return degree; }
        public void setDegree(String degree) { this.degree = degree; }
        public String getCertificationNo() { return certificationNo; }
        public void setCertificationNo(String certificationNo) { this.certificationNo = certificationNo; }
    }

    /** A stored upload the form carries: which slot, the document, its name. */
    public static class UploadRef implements Serializable {
        private DepositUploadKind kind;
        private UUID documentId;
        private String fileName;

        public UploadRef() {
        }

        public UploadRef(DepositUploadKind kind, UUID documentId, String fileName) {
            this.kind = kind;
            this.documentId = documentId;
            this.fileName = fileName;
        }

        public DepositUploadKind getKind() { return kind; }
        public void setKind(DepositUploadKind kind) { this.kind = kind; }
        public UUID getDocumentId() { return documentId; }
        public void setDocumentId(UUID documentId) { this.documentId = documentId; }
        public String getFileName() { return fileName; }
        public void setFileName(String fileName) { this.fileName = fileName; }
    }

    static boolean isEmpty(String s) {
        return s == null || s.isBlank();
    }

    /** The stored uploads of one slot. */
    public List<UploadRef> uploadsOf(DepositUploadKind kind) {
        return uploads.stream().filter(u -> u.getKind() == kind).toList();
    }

    /** A new upload replaces the one of its slot (ID front and back have one each); supplementary ones add up. */
    public void putUpload(UploadRef upload) {
        if (upload.getKind() != DepositUploadKind.SUPPLEMENTARY) {
            uploads.removeIf(u -> u.getKind() == upload.getKind());
        }
        uploads.add(upload);
    }

    public EligibilityAnswers answers() {
        return new EligibilityAnswers(ApplicantGroup.fromCode(applicantGroup).orElse(null),
                ArchiveKeeper.fromCode(archiveKeeper).orElse(null));
    }

    public DepositServiceType getService() { return service; }
    public void setService(DepositServiceType service) { this.service = service; }
    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
    public String getApplicantGroup() { return applicantGroup; }
    public void setApplicantGroup(String applicantGroup) { this.applicantGroup = applicantGroup; }
    public String getArchiveKeeper() { return archiveKeeper; }
    public void setArchiveKeeper(String archiveKeeper) { this.archiveKeeper = archiveKeeper; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getMaskedIdNumber() { return maskedIdNumber; }
    public void setMaskedIdNumber(String maskedIdNumber) { this.maskedIdNumber = maskedIdNumber; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getHouseholdDivision() { return householdDivision; }
    public String getHouseholdDivisionProvince() { return householdDivisionProvince; }
    public void setHouseholdDivisionProvince(String code) { this.householdDivisionProvince = code; }
    public String getHouseholdDivisionCity() { return householdDivisionCity; }
    public void setHouseholdDivisionCity(String code) { this.householdDivisionCity = code; }
    public String getHouseholdDivisionDistrict() { return householdDivisionDistrict; }
    public void setHouseholdDivisionDistrict(String code) { this.householdDivisionDistrict = code; }
    public void setHouseholdDivision(String householdDivision) { this.householdDivision = householdDivision; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getPoliticalStatus() { return politicalStatus; }
    public void setPoliticalStatus(String politicalStatus) { this.politicalStatus = politicalStatus; }
    public String getMaritalStatus() { return maritalStatus; }
    public void setMaritalStatus(String maritalStatus) { this.maritalStatus = maritalStatus; }
    public String getChildbearingStatus() { return childbearingStatus; }
    public void setChildbearingStatus(String childbearingStatus) { this.childbearingStatus = childbearingStatus; }
    public String getPassportNo() { return passportNo; }
    public void setPassportNo(String passportNo) { this.passportNo = passportNo; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactMobile() { return contactMobile; }
    public void setContactMobile(String contactMobile) { this.contactMobile = contactMobile; }
    public List<HistoryLine> getDomesticHistory() { return domesticHistory; }
    public void setDomesticHistory(List<HistoryLine> domesticHistory) { this.domesticHistory = domesticHistory; }
    public List<StudyLine> getOverseasStudy() { return overseasStudy; }
    public void setOverseasStudy(List<StudyLine> overseasStudy) { this.overseasStudy = overseasStudy; }
    public String getAgencyName() { return agencyName; }
    public void setAgencyName(String agencyName) { this.agencyName = agencyName; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getReceivingAgency() { return receivingAgency; }
    public void setReceivingAgency(String receivingAgency) { this.receivingAgency = receivingAgency; }
    public boolean isAgreementAccepted() { return agreementAccepted; }
    public void setAgreementAccepted(boolean agreementAccepted) { this.agreementAccepted = agreementAccepted; }
    public List<UploadRef> getUploads() { return uploads; }
    public void setUploads(List<UploadRef> uploads) { this.uploads = uploads; }
}
