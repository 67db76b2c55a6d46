package io.casehall.creditbank;

import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an institution (tenant, record, administrator) and adds its users, keeping the rules every path shares —
 * the registration, the administrator's user management and the demo data: one account per school; a login no
 * other user has; every user a member of the institution's tenant.
 */
@Service
public class InstitutionAccounts {

    private final InstitutionRepository institutions;
    private final InstitutionUserRepository users;
    private final InstitutionIdentity identity;
    private final AuditLog auditLog;
    private final Clock clock;

    InstitutionAccounts(InstitutionRepository institutions, InstitutionUserRepository users,
                        InstitutionIdentity identity, AuditLog auditLog, Clock clock) {
        this.institutions = institutions;
        this.users = users;
        this.identity = identity;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The administrator's login is the school code: the school knows it, and there is one account per school. */
    public static String administratorLogin(School school) {
        return school.getSchoolCode();
    }

    /**
     * Step 1 of a registration: the school's tenant, its record (status {@link InstitutionStatus#REGISTRANT}) and
     * its administrator with the registrant's password and mobile. Refused with {@code creditbank.register.taken}
     * when the school already has an account.
     */
    @Transactional
    public Institution open(School school, String password, String phone) {
        if (institutions.existsBySchoolCode(school.getSchoolCode())) {
            throw new UserFacingException("creditbank.register.taken", school.getSchoolName());
        }
        Instant now = clock.instant();
        String tenantId = InstitutionIdentity.tenantIdOf(school.getSchoolCode());
        Institution institution = institutions.saveAndFlush(new Institution(tenantId, school.getSchoolCode(),
                school.getSchoolName(), school.getDepartmentCode(), school.getDepartmentName(), now));
        identity.createTenant(tenantId, school.getSchoolName());
        String login = administratorLogin(school);
        if (identity.loginTaken(login)) {
            throw new UserFacingException("creditbank.register.taken", school.getSchoolName());
        }
        users.save(new InstitutionUser(login, institution.getId(), school.getSchoolName(), phone, true, now));
        identity.createUser(login, school.getSchoolName(), password, tenantId, CreditBankGroups.REGISTRANT);
        auditLog.record(Actor.of(Actor.Kind.INSTITUTION, login), "INSTITUTION_REGISTERED", "institution",
                institution.getId(), school.getSchoolCode());
        return institution;
    }

    /**
     * A sub-user of the institution with the roles given ({@link CreditBankGroups#ASSIGNABLE}; every user is also a
     * plain institution user). Refused with {@code creditbank.users.loginTaken} when any user has the login.
     */
    @Transactional
    public InstitutionUser addUser(Long institutionId, String login, String name, String phone, String password,
                                   Collection<String> groups) {
        if (users.existsById(login) || identity.loginTaken(login)) {
            throw new UserFacingException("creditbank.users.loginTaken", login);
        }
        Institution institution = institutions.findById(institutionId).orElseThrow();
        InstitutionUser user = users.save(new InstitutionUser(login, institutionId, name, phone, false,
                clock.instant()));
        identity.createUser(login, name, password, institution.getTenantId(), groups);
        auditLog.record("INSTITUTION_USER_ADDED", "institution-user", login, String.join(",", groups));
        return user;
    }
}
