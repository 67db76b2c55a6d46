package io.casehall.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time code sent to a mobile number or an e-mail address. Only its BCrypt hash is kept. A code is
 * good once, until it expires, and for a limited number of wrong tries; a newer code for the same
 * purpose and address replaces it.
 */
@Entity
@Table(name = "verification_code")
class VerificationCode {

    enum Status {
        /** Waiting to be entered. */
        ACTIVE,
        /** Entered correctly; never good again. */
        USED,
        /** Too many wrong tries. */
        VOID,
        /** A newer code was sent to the same address for the same purpose. */
        SUPERSEDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CodePurpose purpose;

    @Column(nullable = false)
    private String target;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected VerificationCode() {
    }

    VerificationCode(CodePurpose purpose, String target, String codeHash, Instant createdAt, Instant expiresAt) {
        this.purpose = purpose;
        this.target = target;
        this.codeHash = codeHash;
        this.status = Status.ACTIVE;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void supersede() {
        if (status == Status.ACTIVE) {
            status = Status.SUPERSEDED;
        }
    }

    Long getId() {
        return id;
    }

    CodePurpose getPurpose() {
        return purpose;
    }

    String getTarget() {
        return target;
    }

    String getCodeHash() {
        return codeHash;
    }

    Status getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }
}
