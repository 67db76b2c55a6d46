package io.casehall.account.realname;

import static io.casehall.account.realname.RealNameVerificationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Rejects the request with the reviewer's reason. */
@Component(BEAN_REJECT)
class RejectRealNameRequestDelegate implements JavaDelegate {

    private final RealNameService service;

    RejectRealNameRequestDelegate(RealNameService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.reject((Long) execution.getVariable(VAR_REQUEST_ID), (String) execution.getVariable(VAR_REVIEWED_BY),
                (String) execution.getVariable(VAR_REJECTION_REASON));
    }
}
