package io.casehall.creditbank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A user of an institution. The password, its lockout and the roles (Camunda groups) live in the engine's identity
 * service; this record holds the institution, the mobile that receives codes, and whether the user may sign in.
 */
@Entity
@Table(name = "cb_user")
public class InstitutionUser {

    @Id
    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;
    @Version
    private long version;
    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String phone;
    @Column(nullable = false)
    private boolean enabled;
    /** The registering account (机构管理员): it cannot be disabled or deleted by anyone. */
    @Column(nullable = false, updatable = false)
    private boolean administrator;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected InstitutionUser() {
    }

    public InstitutionUser(String userId, Long institutionId, String name, String phone, boolean administrator,
                           Instant now) {
        this.userId = userId;
        this.institutionId = institutionId;
        this.name = name;
        this.phone = phone;
        this.administrator = administrator;
        this.enabled = true;
        this.createdAt = now;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void changePhone(String phone) {
        this.phone = phone;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getUserId() {
        return userId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
