package io.casehall.staff;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link NewTaskAuthorizationProvider} as the engine's source of default authorizations. */
@Component
class EngineAuthorizationPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new NewTaskAuthorizationProvider());
    }
}
