package io.casehall.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One row of the overseas study (国(境)外留学经历): from–to, institution, degree, certification no. or "无". */
@Embeddable
public class StudyRow {

    @Column(name = "from_date", nullable = false)
    private LocalDate from;
    @Column(name = "to_date", nullable = false)
    private LocalDate to;
    @Column(nullable = false)
    private String institution;
    @Column(nullable = false)
    private String degree;
    @Column(name = "certification_no", nullable = false)
    private String certificationNo;

    protected StudyRow() {
    }

    public StudyRow(LocalDate from, LocalDate to, String institution, String degree, String certificationNo) {
        this.from = from;
        this.to = to;
        this.institution = institution;
        this.degree = degree;
        this.certificationNo = certificationNo;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getInstitution() {
        return institution;
    }

    public String getDegree() {
        return degree;
    }

    public String getCertificationNo() {
        return certificationNo;
    }
}
