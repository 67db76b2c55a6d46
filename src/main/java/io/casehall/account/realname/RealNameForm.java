package io.casehall.account.realname;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The seed's real-name verification form (实名认证). Only the document type, number and photo are
 * required; the applicant fills what they can and leaves the rest empty. Text fields are limited as on the page
 * ({@code @Size}, enforced when the form is bound); select values are checked by {@link RealNameFormValidator}.
 */
public class RealNameForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's one-time token ({@code SubmissionTokens}): the same form sent twice is one request. */
    private String submissionKey;
    private DocumentType documentType;
    @Size(max = 32)
    private String documentNumber;
    /** A photo uploaded earlier (kept across a form that was sent back with errors, or a resubmission). */
    private UUID photoDocumentId;
    private String birthCountry;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private String gender;
    private String provinceOfOrigin;
    private String educationLevel;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate enrolmentDate;
    @Size(max = 128)
    private String department;
    private String schoolingLength;
    private String studyMode;
    @Size(max = 64)
    private String diplomaNo;
    @Size(max = 20)
    private String studentNo;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate graduationDate;
    @Size(max = 128)
    private String major;
    private String degreeType;
    private String studyCategory;
    @Size(max = 64)
    private String degreeCertificateNo;

    /** Prefills the form from an earlier request, for correcting and resubmitting. */
    static RealNameForm from(RealNameRequest r) {
        RealNameForm f = new RealNameForm();
        f.documentType = r.getDocumentType();
        f.documentNumber = r.getDocumentNumber();
        f.photoDocumentId = r.getPhotoDocumentId();
        f.birthCountry = r.getBirthCountry();
        f.birthDate = r.getBirthDate();
        f.gender = r.getGender();
        f.provinceOfOrigin = r.getProvinceOfOrigin();
        f.educationLevel = r.getEducationLevel();
        f.enrolmentDate = r.getEnrolmentDate();
        f.department = r.getDepartment();
        f.schoolingLength = r.getSchoolingLength();
        f.studyMode = r.getStudyMode();
        f.diplomaNo = r.getDiplomaNo();
        f.studentNo = r.getStudentNo();
        f.graduationDate = r.getGraduationDate();
        f.major = r.getMajor();
        f.degreeType = r.getDegreeType();
        f.studyCategory = r.getStudyCategory();
        f.degreeCertificateNo = r.getDegreeCertificateNo();
        return f;
    }

    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
    public DocumentType getDocumentType() { return documentType; }
    public void setDocumentType(DocumentType documentType) { this.documentType = documentType; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public UUID getPhotoDocumentId() { return photoDocumentId; }
    public void setPhotoDocumentId(UUID photoDocumentId) { this.photoDocumentId = photoDocumentId; }
    public String getBirthCountry() { return birthCountry; }
    public void setBirthCountry(String birthCountry) { this.birthCountry = birthCountry; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getProvinceOfOrigin() { return provinceOfOrigin; }
    public void setProvinceOfOrigin(String provinceOfOrigin) { this.provinceOfOrigin = provinceOfOrigin; }
    public String getEducationLevel() { return educationLevel; }
    public void setEducationLevel(String educationLevel) { this.educationLevel = educationLevel; }
    public LocalDate getEnrolmentDate() { return enrolmentDate; }
    public void setEnrolmentDate(LocalDate enrolmentDate) { this.enrolmentDate = enrolmentDate; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getSchoolingLength() { return schoolingLength; }
    public void setSchoolingLength(String schoolingLength) { this.schoolingLength = schoolingLength; }
    public String getStudyMode() { return studyMode; }
    public void setStudyMode(String studyMode) { this.studyMode = studyMode; }
    public String getDiplomaNo() { return diplomaNo; }
    public void setDiplomaNo(String diplomaNo) { this.diplomaNo = diplomaNo; }
    public String getStudentNo() { return studentNo; }
    public void setStudentNo(String studentNo) { this.studentNo = studentNo; }
    public LocalDate getGraduationDate() { return graduationDate; }
    public void setGraduationDate(LocalDate graduationDate) { this.graduationDate = graduationDate; }
    public String getMajor() { return major; }
    public void setMajor(String major) { this.major = major; }
    public String getDegreeType() { return degreeType; }
    public void setDegreeType(String degreeType) { this.degreeType = degreeType; }
    public String getStudyCategory() { return studyCategory; }
    public void setStudyCategory(String studyCategory) { this.studyCategory = studyCategory; }
    public String getDegreeCertificateNo() { return degreeCertificateNo; }
    public void setDegreeCertificateNo(String degreeCertificateNo) { this.degreeCertificateNo = degreeCertificateNo; }
}
