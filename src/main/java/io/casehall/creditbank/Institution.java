package io.casehall.creditbank;

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

/** A school registered with the credit bank: a Camunda tenant ({@link #getTenantId()}) and its details (机构信息). */
@Entity
@Table(name = "cb_institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "school_code", nullable = false, updatable = false)
    private String schoolCode;
    @Column(nullable = false)
    private String name;
    @Column(name = "department_code", nullable = false)
    private String departmentCode;
    @Column(name = "department_name", nullable = false)
    private String departmentName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstitutionStatus status;
    @Column(name = "registrant_name")
    private String registrantName;
    @Column(name = "registrant_id_number")
    private String registrantIdNumber;
    @Column(name = "supervising_unit")
    private String supervisingUnit;
    @Column(name = "credit_code")
    private String creditCode;
    @Column(name = "school_type")
    private String schoolType;
    @Column(name = "legal_representative")
    private String legalRepresentative;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "postal_code")
    private String postalCode;
    private String address;
    @Column(name = "business_scope")
    private String businessScope;
    private String introduction;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Institution() {
    }

    public Institution(String tenantId, String schoolCode, String name, String departmentCode, String departmentName,
                       Instant now) {
        this.tenantId = tenantId;
        this.schoolCode = schoolCode;
        this.name = name;
        this.departmentCode = departmentCode;
        this.departmentName = departmentName;
        this.status = InstitutionStatus.REGISTRANT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Step 2 of the registration: who registered the school (name and ID number, checked). */
    public void recordRegistrant(String name, String idNumber, Instant now) {
        this.registrantName = name;
        this.registrantIdNumber = idNumber;
        if (status == InstitutionStatus.REGISTRANT) {
            status = InstitutionStatus.DETAILS;
        }
        touch(now);
    }

    /** Step 3 (or 机构信息 edited later): the details; {@code complete} opens the space. */
    public void updateDetails(InstitutionDetails details, boolean complete, Instant now) {
        supervisingUnit = details.supervisingUnit();
        creditCode = details.creditCode();
        schoolType = details.schoolType();
        legalRepresentative = details.legalRepresentative();
        contactName = details.contactName();
        contactPhone = details.contactPhone();
        contactEmail = details.contactEmail();
        postalCode = details.postalCode();
        address = details.address();
        businessScope = details.businessScope();
        introduction = details.introduction();
        if (complete && status == InstitutionStatus.DETAILS) {
            status = InstitutionStatus.ACTIVE;
        }
        touch(now);
    }

    public InstitutionDetails details() {
        return new InstitutionDetails(supervisingUnit, creditCode, schoolType, legalRepresentative, contactName,
                contactPhone, contactEmail, postalCode, address, businessScope, introduction);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public String getName() {
        return name;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public InstitutionStatus getStatus() {
        return status;
    }

    public String getRegistrantName() {
        return registrantName;
    }

    public String getRegistrantIdNumber() {
        return registrantIdNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
