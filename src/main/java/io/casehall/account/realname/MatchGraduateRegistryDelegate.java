package io.casehall.account.realname;

import static io.casehall.account.realname.RealNameVerificationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the registry comparison into the variables the auto-approval decision reads. */
@Component(BEAN_MATCH_REGISTRY)
class MatchGraduateRegistryDelegate implements JavaDelegate {

    private final RealNameService service;

    MatchGraduateRegistryDelegate(RealNameService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegistryMatch match = service.matchRegistry((Long) execution.getVariable(VAR_REQUEST_ID));
        execution.setVariable(VAR_REGISTRY_RECORD_FOUND, match.recordFound());
        execution.setVariable(VAR_NAME_MATCHES, match.nameMatches());
        execution.setVariable(VAR_STUDENT_NO_MATCHES, match.studentNoMatches());
    }
}
