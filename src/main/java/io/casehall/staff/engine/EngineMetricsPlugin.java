package io.casehall.staff.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Puts {@link JobOutcomes} around the engine's commands (outermost, so that commit failures count too). */
@Component
class EngineMetricsPlugin extends AbstractProcessEnginePlugin {

    private final JobOutcomes jobOutcomes = new JobOutcomes();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Both executors: the job executor and ManagementService.executeJob run jobs through the TxRequired one.
        configuration.setCustomPreCommandInterceptorsTxRequired(
                first(configuration.getCustomPreCommandInterceptorsTxRequired(), jobOutcomes));
    }

    JobOutcomes jobOutcomes() {
        return jobOutcomes;
    }

    private static List<CommandInterceptor> first(List<CommandInterceptor> existing, CommandInterceptor added) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        interceptors.add(added);
        if (existing != null) {
            interceptors.addAll(existing);
        }
        return interceptors;
    }
}
