package io.casehall.creditbank.feedback;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * The models are deployed without a tenant (one definition for every institution); a process instance started with
 * the start variable {@link #TENANT_ID} belongs to that tenant, so its tasks are its institution's alone. Without
 * the variable nothing changes: the instance has no tenant, as before (and a provider configured earlier still
 * decides).
 */
public class StartVariableTenantIdProvider implements TenantIdProvider {

    /** The start variable naming the tenant of the new instance (an institution's tenant id). */
    public static final String TENANT_ID = "tenantId";

    private final TenantIdProvider previous;

    StartVariableTenantIdProvider(TenantIdProvider previous) {
        this.previous = previous;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        Object tenantId = context.getVariables() == null ? null : context.getVariables().get(TENANT_ID);
        if (tenantId instanceof String id && !id.isBlank()) {
            return id;
        }
        return previous == null ? null : previous.provideTenantIdForProcessInstance(context);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return previous == null ? null : previous.provideTenantIdForCaseInstance(context);
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return previous == null ? null : previous.provideTenantIdForHistoricDecisionInstance(context);
    }
}
