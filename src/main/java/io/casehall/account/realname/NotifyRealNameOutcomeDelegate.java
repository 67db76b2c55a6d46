package io.casehall.account.realname;

import static io.casehall.account.realname.RealNameVerificationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the applicant the outcome (async in the model, retried on failure, sent once per channel). */
@Component(BEAN_NOTIFY)
class NotifyRealNameOutcomeDelegate implements JavaDelegate {

    private final RealNameService service;

    NotifyRealNameOutcomeDelegate(RealNameService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.notifyOutcome((Long) execution.getVariable(VAR_REQUEST_ID));
    }
}
