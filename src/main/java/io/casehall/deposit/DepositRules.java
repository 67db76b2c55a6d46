package io.casehall.deposit;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Asks the deployed eligibility table (latest version, so a redeployed table changes the next application).
 * A table that answers nothing refuses, with a reason the applicant can read.
 */
@Component
public class DepositRules {

    static final String NO_RULE = "deposit.eligibility.noRule";

    private final DecisionService decisions;

    DepositRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    public DepositEligibility eligibility(DepositServiceType service, EligibilityAnswers answers, boolean archiveDeposited) {
        DmnDecisionResult result = decisions.evaluateDecisionByKey(ArchiveDepositProcess.DECISION_ELIGIBILITY)
                .variables(Variables.createVariables()
                        .putValue("service", service.code())
                        .putValue("applicantGroup", answers.applicantGroup() == null ? null : answers.applicantGroup().code())
                        .putValue("archiveKeeper", answers.archiveKeeper() == null ? null : answers.archiveKeeper().code())
                        .putValue("archiveDeposited", archiveDeposited))
                .evaluate();
        if (result.isEmpty()) {
            return new DepositEligibility(false, NO_RULE);
        }
        var first = result.get(0);
        Object reason = first.getEntry("reasonKey");
        return new DepositEligibility(Boolean.TRUE.equals(first.getEntry("eligible")),
                reason == null ? NO_RULE : reason.toString());
    }
}
