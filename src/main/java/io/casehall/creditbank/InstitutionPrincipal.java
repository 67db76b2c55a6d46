package io.casehall.creditbank;

import io.casehall.shared.security.Actor;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;

/** A signed-in institution user: the Camunda user, their institution (and its tenant) and their groups. */
public record InstitutionPrincipal(String userId, String displayName, Long institutionId, String tenantId,
                                   String institutionName, List<String> groupIds)
        implements Actor, Principal, Serializable {

    public InstitutionPrincipal {
        groupIds = List.copyOf(groupIds);
    }

    @Override
    public Kind actorKind() {
        return Kind.INSTITUTION;
    }

    @Override
    public String actorId() {
        return userId;
    }

    @Override
    public String getName() {
        return userId;
    }

    public boolean isAdministrator() {
        return groupIds.contains(CreditBankGroups.INSTITUTION_ADMIN);
    }

    public boolean isApprover() {
        return groupIds.contains(CreditBankGroups.CONVERSION_APPROVAL);
    }
}
