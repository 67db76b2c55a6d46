package io.casehall.account.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One graduate as the university's registry knows them. Student number is the key; the ID number is
 * stored normalized (upper-case, no blanks) and is not unique, since one person may have graduated twice.
 */
@Entity
@Table(name = "graduate_registry")
public class GraduateRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_no", nullable = false, unique = true)
    private String studentNo;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "id_number", nullable = false)
    private String idNumber;

    private String gender;

    private String department;

    private String major;

    @Column(name = "education_level")
    private String educationLevel;

    @Column(name = "degree_type")
    private String degreeType;

    @Column(name = "enrolment_date")
    private LocalDate enrolmentDate;

    @Column(name = "graduation_date")
    private LocalDate graduationDate;

    @Column(name = "diploma_no")
    private String diplomaNo;

    @Column(name = "degree_certificate_no")
    private String degreeCertificateNo;

    @Column(name = "archive_kept")
    private Boolean archiveKept;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected GraduateRecord() {
    }

    GraduateRecord(String studentNo, String fullName, String idNumber, Instant now) {
        this.studentNo = studentNo;
        this.fullName = fullName;
        this.idNumber = idNumber;
        this.importedAt = now;
        this.updatedAt = now;
    }

    /**
     * Takes the values of an imported row. Columns the file did not have keep their value; a column the
     * file had but left blank clears it. Returns whether anything changed.
     */
    boolean apply(GraduateRow row, Instant now) {
        boolean changed = false;
        changed |= !Objects.equals(fullName, row.fullName());
        fullName = row.fullName();
        changed |= !Objects.equals(idNumber, row.idNumber());
        idNumber = row.idNumber();
        if (row.has(GraduateRow.GENDER)) {
            changed |= !Objects.equals(gender, row.gender());
            gender = row.gender();
        }
        if (row.has(GraduateRow.DEPARTMENT)) {
            changed |= !Objects.equals(department, row.department());
            department = row.department();
        }
        if (row.has(GraduateRow.MAJOR)) {
            changed |= !Objects.equals(major, row.major());
            major = row.major();
        }
        if (row.has(GraduateRow.EDUCATION_LEVEL)) {
            changed |= !Objects.equals(educationLevel, row.educationLevel());
            educationLevel = row.educationLevel();
        }
        if (row.has(GraduateRow.DEGREE_TYPE)) {
            changed |= !Objects.equals(degreeType, row.degreeType());
            degreeType = row.degreeType();
        }
        if (row.has(GraduateRow.ENROLMENT_DATE)) {
            changed |= !Objects.equals(enrolmentDate, row.enrolmentDate());
            enrolmentDate = row.enrolmentDate();
        }
        if (row.has(GraduateRow.GRADUATION_DATE)) {
            changed |= !Objects.equals(graduationDate, row.graduationDate());
            graduationDate = row.graduationDate();
        }
        if (row.has(GraduateRow.DIPLOMA_NO)) {
            changed |= !Objects.equals(diplomaNo, row.diplomaNo());
            diplomaNo = row.diplomaNo();
        }
        if (row.has(GraduateRow.DEGREE_CERTIFICATE_NO)) {
            changed |= !Objects.equals(degreeCertificateNo, row.degreeCertificateNo());
            degreeCertificateNo = row.degreeCertificateNo();
        }
        if (row.has(GraduateRow.ARCHIVE_KEPT)) {
            changed |= !Objects.equals(archiveKept, row.archiveKept());
            archiveKept = row.archiveKept();
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public Long getId() {
        return id;
    }

    public String getStudentNo() {
        return studentNo;
    }

    public String getFullName() {
        return fullName;
    }

    /** Normalized: upper-case, no blanks (see {@code ChineseIdNumber.normalize}). */
    public String getIdNumber() {
        return idNumber;
    }

    /** 男 or 女, or null when the registry does not say. */
    public String getGender() {
        return gender;
    }

    public String getDepartment() {
        return department;
    }

    public String getMajor() {
        return major;
    }

    public String getEducationLevel() {
        return educationLevel;
    }

    public String getDegreeType() {
        return degreeType;
    }

    public LocalDate getEnrolmentDate() {
        return enrolmentDate;
    }

    public LocalDate getGraduationDate() {
        return graduationDate;
    }

    public String getDiplomaNo() {
        return diplomaNo;
    }

    public String getDegreeCertificateNo() {
        return degreeCertificateNo;
    }

    /** Whether the personal archive is kept by the university archive; null when the registry does not say. */
    public Boolean getArchiveKept() {
        return archiveKept;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
