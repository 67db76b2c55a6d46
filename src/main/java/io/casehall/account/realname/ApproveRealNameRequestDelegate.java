package io.casehall.account.realname;

import static io.casehall.account.realname.RealNameVerificationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Approves the request: by the reviewer who completed the review, or by the system after a registry match. */
@Component(BEAN_APPROVE)
class ApproveRealNameRequestDelegate implements JavaDelegate {

    private final RealNameService service;

    ApproveRealNameRequestDelegate(RealNameService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.approve((Long) execution.getVariable(VAR_REQUEST_ID), (String) execution.getVariable(VAR_REVIEWED_BY));
    }
}
