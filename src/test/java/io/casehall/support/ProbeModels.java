package io.casehall.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;

/** Tiny models deployed by tests of the engine's plumbing (delete the deployment, cascading, afterwards). */
public final class ProbeModels {

    private ProbeModels() {
    }

    /** A process whose only step is the user task {@code Task_Probe} for the candidate group. */
    public static Deployment oneGroupTask(RepositoryService repositoryService, String key, String group) {
        return oneGroupTask(repositoryService, key, group, null);
    }

    /** The same, deployed for a tenant (null: for all tenants), so that its tasks belong to the tenant. */
    public static Deployment oneGroupTask(RepositoryService repositoryService, String key, String group,
                                          String tenantId) {
        return repositoryService.createDeployment().name(key).tenantId(tenantId)
                .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_Probe").camundaCandidateGroups(group).endEvent().done())
                .deploy();
    }
}
