package io.casehall.deposit;

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

/** An archive the office holds for an applicant (档案编号), from its deposit until it is transferred out. */
@Entity
@Table(name = "archive_deposit_record")
public class ArchiveDepositRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;
    @Column(name = "archive_number", nullable = false)
    private String archiveNumber;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(name = "deposited_at", nullable = false)
    private Instant depositedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepositRecordStatus status;
    @Column(name = "transferred_out_at")
    private Instant transferredOutAt;
    @Column(name = "transfer_application_id")
    private Long transferApplicationId;

    protected ArchiveDepositRecord() {
    }

    public ArchiveDepositRecord(Long applicantId, String archiveNumber, Long applicationId, Instant depositedAt) {
        this.applicantId = applicantId;
        this.archiveNumber = archiveNumber;
        this.applicationId = applicationId;
        this.depositedAt = depositedAt;
        this.status = DepositRecordStatus.DEPOSITED;
    }

    public void transferredOut(Long transferApplicationId, Instant now) {
        this.status = DepositRecordStatus.TRANSFERRED_OUT;
        this.transferApplicationId = transferApplicationId;
        this.transferredOutAt = now;
    }

    public Long getId() { return id; }
    public Long getApplicantId() { return applicantId; }
    public String getArchiveNumber() { return archiveNumber; }
    public Long getApplicationId() { return applicationId; }
    public Instant getDepositedAt() { return depositedAt; }
    public DepositRecordStatus getStatus() { return status; }
    public Instant getTransferredOutAt() { return transferredOutAt; }
    public Long getTransferApplicationId() { return transferApplicationId; }
}
