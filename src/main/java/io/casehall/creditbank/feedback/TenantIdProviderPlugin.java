package io.casehall.creditbank.feedback;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link StartVariableTenantIdProvider} engine-wide. */
@Component
class TenantIdProviderPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new StartVariableTenantIdProvider(configuration.getTenantIdProvider()));
    }
}
