package io.casehall.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * What the applicant states on the form beyond the verified identity (name, gender and ID number are copied from
 * the account, never typed). Household registration is a 6-digit division code (GB/T 2260); ethnicity and
 * political status are codes of the shared reference lists.
 */
@Embeddable
public class DepositParticulars {

    @Column(name = "applicant_group")
    private String applicantGroup;
    @Column(name = "archive_keeper")
    private String archiveKeeper;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "household_division")
    private String householdDivision;
    private String ethnicity;
    @Column(name = "political_status")
    private String politicalStatus;
    @Column(name = "marital_status")
    private String maritalStatus;
    @Column(name = "childbearing_status")
    private String childbearingStatus;
    @Column(name = "passport_no")
    private String passportNo;
    private String mobile;
    private String email;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_mobile")
    private String contactMobile;
    @Column(name = "agency_name")
    private String agencyName;
    private String purpose;
    @Column(name = "receiving_agency")
    private String receivingAgency;

    protected DepositParticulars() {
    }

    /** The particulars as the form states them (already checked). */
    public static DepositParticulars of(DepositForm form) {
        DepositParticulars p = new DepositParticulars();
        p.applicantGroup = blankToNull(form.getApplicantGroup());
        p.archiveKeeper = blankToNull(form.getArchiveKeeper());
        p.birthDate = form.getBirthDate();
        p.householdDivision = blankToNull(form.getHouseholdDivision());
        p.ethnicity = blankToNull(form.getEthnicity());
        p.politicalStatus = blankToNull(form.getPoliticalStatus());
        p.maritalStatus = blankToNull(form.getMaritalStatus());
        p.childbearingStatus = blankToNull(form.getChildbearingStatus());
        p.passportNo = blankToNull(form.getPassportNo());
        p.mobile = blankToNull(form.getMobile());
        p.email = blankToNull(form.getEmail());
        p.contactName = blankToNull(form.getContactName());
        p.contactMobile = blankToNull(form.getContactMobile());
        p.agencyName = blankToNull(form.getAgencyName());
        p.purpose = blankToNull(form.getPurpose());
        p.receivingAgency = blankToNull(form.getReceivingAgency());
        return p;
    }

    /** Back into a form, for "modify application". */
    public void copyTo(DepositForm form) {
        form.setApplicantGroup(applicantGroup);
        form.setArchiveKeeper(archiveKeeper);
        form.setBirthDate(birthDate);
        form.setHouseholdDivision(householdDivision);
        form.setEthnicity(ethnicity);
        form.setPoliticalStatus(politicalStatus);
        form.setMaritalStatus(maritalStatus);
        form.setChildbearingStatus(childbearingStatus);
        form.setPassportNo(passportNo);
        form.setMobile(mobile);
        form.setEmail(email);
        form.setContactName(contactName);
        form.setContactMobile(contactMobile);
        form.setAgencyName(agencyName);
        form.setPurpose(purpose);
        form.setReceivingAgency(receivingAgency);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getApplicantGroup() {
        return applicantGroup;
    }

    public String getArchiveKeeper() {
        return archiveKeeper;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getHouseholdDivision() {
        return householdDivision;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getPoliticalStatus() {
        return politicalStatus;
    }

    public String getMaritalStatus() {
        return maritalStatus;
    }

    public String getChildbearingStatus() {
        return childbearingStatus;
    }

    public String getPassportNo() {
        return passportNo;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactMobile() {
        return contactMobile;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getReceivingAgency() {
        return receivingAgency;
    }
}
