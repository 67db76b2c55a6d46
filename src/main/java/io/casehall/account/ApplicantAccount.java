package io.casehall.account;

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

/** An applicant's account: a graduate, student or returnee using the portal. */
@Entity
@Table(name = "applicant_account")
public class ApplicantAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String mobile;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "real_name_status", nullable = false)
    private RealNameStatus realNameStatus = RealNameStatus.NONE;

    /** Set when real-name verification passes; unique, so one person has one account. */
    @Column(name = "verified_id_number", unique = true)
    private String verifiedIdNumber;

    @Column(name = "verified_student_no")
    private String verifiedStudentNo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApplicantAccount() {
    }

    public ApplicantAccount(String fullName, String mobile, String email, String passwordHash, Instant createdAt) {
        this.fullName = fullName;
        this.mobile = mobile;
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void realNamePending() {
        if (realNameStatus != RealNameStatus.VERIFIED) {
            realNameStatus = RealNameStatus.PENDING;
        }
    }

    public void realNameVerified(String idNumber, String studentNo) {
        realNameStatus = RealNameStatus.VERIFIED;
        verifiedIdNumber = idNumber;
        verifiedStudentNo = studentNo;
    }

    public void realNameRejected() {
        if (realNameStatus != RealNameStatus.VERIFIED) {
            realNameStatus = RealNameStatus.REJECTED;
        }
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public RealNameStatus getRealNameStatus() {
        return realNameStatus;
    }

    public String getVerifiedIdNumber() {
        return verifiedIdNumber;
    }

    public String getVerifiedStudentNo() {
        return verifiedStudentNo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
