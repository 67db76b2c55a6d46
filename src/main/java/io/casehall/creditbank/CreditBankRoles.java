package io.casehall.creditbank;

import io.casehall.staff.StaffDirectory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The credit bank's groups exist before anyone registers: the institution users' role (with Tasklist access and a
 * queue, where each institution sees only its tenant's tasks), the approvers' and the administrators'.
 */
@Component
public class CreditBankRoles {

    private final StaffDirectory directory;
    private final InstitutionIdentity identity;

    CreditBankRoles(StaffDirectory directory, InstitutionIdentity identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @Order(10)
    @EventListener(ApplicationReadyEvent.class)
    public void ensure() {
        directory.ensureRole(CreditBankGroups.INSTITUTION_USER, CreditBankGroups.ASSIGNABLE.get(CreditBankGroups.INSTITUTION_USER));
        directory.ensureRole(CreditBankGroups.CONVERSION_APPROVAL,
                CreditBankGroups.ASSIGNABLE.get(CreditBankGroups.CONVERSION_APPROVAL));
        identity.ensureAdministratorGroup();
    }
}
