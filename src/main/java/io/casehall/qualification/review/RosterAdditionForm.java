package io.casehall.qualification.review;

import io.casehall.qualification.GraduateFieldsForm;

/**
 * What a college types to ask for an addition (the new graduate's data and the reason), kept as typed so a refused
 * form comes back filled in. The shared graduate fields are in
 * {@link GraduateFieldsForm}; origin place is chosen with the shared division selects (province, city, county).
 */
public class RosterAdditionForm extends GraduateFieldsForm {

    private static final long serialVersionUID = 1L;

    private String candidateNo;
    private String studentNo;
    private String education;
    private String major;
    private String homeAddress;
    private String reason;

    public String getCandidateNo() {
        return candidateNo;
    }

    public void setCandidateNo(String candidateNo) {
        this.candidateNo = candidateNo;
    }

    public String getStudentNo() {
        return studentNo;
    }

    public void setStudentNo(String studentNo) {
        this.studentNo = studentNo;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
    }

    public String getHomeAddress() {
        return homeAddress;
    }

    public void setHomeAddress(String homeAddress) {
        this.homeAddress = homeAddress;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
