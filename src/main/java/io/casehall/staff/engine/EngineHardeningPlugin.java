package io.casehall.staff.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Installs the engine's limits and conventions before it is built: the guarded expression manager and its bean
 * allow-list, the staff password policy, the translation of a person's mistakes into 400 answers, and staff task
 * names that show the case ({@link CaseTitles}).
 */
@Component
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext applicationContext;
    private final Set<String> extraModelBeans;

    EngineHardeningPlugin(ApplicationContext applicationContext,
                          @Value("${casehall.engine.model-beans:workingCalendar}") Set<String> extraModelBeans) {
        this.applicationContext = applicationContext;
        this.extraModelBeans = extraModelBeans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ModelBeans beans = new ModelBeans(applicationContext, extraModelBeans);
        // Setting the beans also keeps scripts from reaching the whole application context.
        configuration.setBeans(beans);
        configuration.setExpressionManager(new GuardedExpressionManager(applicationContext, beans));

        List<BpmnParseListener> parseListeners =
                configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        parseListeners.add(new CaseTitles());
        configuration.setCustomPostBPMNParseListeners(parseListeners);

        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new StaffPasswordPolicy());

        configuration.setCustomPreCommandInterceptorsTxRequired(
                with(configuration.getCustomPreCommandInterceptorsTxRequired(), new TaskFormRefusals()));
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired(), new UserErrors()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new UserErrors()));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(added);
        return interceptors;
    }
}
