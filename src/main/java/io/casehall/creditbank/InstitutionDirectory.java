package io.casehall.creditbank;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who an institution user is: their record, their institution, their groups; and the principal they sign in as. */
@Service
public class InstitutionDirectory {

    private final InstitutionUserRepository users;
    private final InstitutionRepository institutions;
    private final InstitutionIdentity identity;

    InstitutionDirectory(InstitutionUserRepository users, InstitutionRepository institutions,
                         InstitutionIdentity identity) {
        this.users = users;
        this.institutions = institutions;
        this.identity = identity;
    }

    @Transactional(readOnly = true)
    public Optional<InstitutionUser> user(String userId) {
        return users.findById(userId);
    }

    @Transactional(readOnly = true)
    public boolean isInstitutionUser(String userId) {
        return users.existsById(userId);
    }

    /** The principal of an institution user, with their institution and groups as they are now. */
    @Transactional(readOnly = true)
    public InstitutionPrincipal principalOf(InstitutionUser user) {
        Institution institution = institutions.findById(user.getInstitutionId()).orElseThrow();
        List<String> groups = identity.groupsOf(user.getUserId());
        return new InstitutionPrincipal(user.getUserId(), user.getName(), institution.getId(),
                institution.getTenantId(), institution.getName(), groups);
    }

    @Transactional(readOnly = true)
    public Institution institution(Long institutionId) {
        return institutions.findById(institutionId).orElseThrow();
    }
}
