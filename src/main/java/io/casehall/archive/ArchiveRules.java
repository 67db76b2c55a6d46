package io.casehall.archive;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Asks the deployed DMN tables: the service variant, and the fee of an item (item × copies × delivery mode). */
@Component
public class ArchiveRules {

    private final DecisionService decisions;

    ArchiveRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    public ServiceVariant variantOf(ArchiveServiceType service) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(ArchiveUseProcess.DECISION_VARIANT)
                .variables(Variables.createVariables().putValue("service", service.code()))
                .evaluate().getSingleResult();
        Number days = result.getEntry("processingWorkingDays");
        return new ServiceVariant(Boolean.TRUE.equals(result.getEntry("feeRequired")),
                Boolean.TRUE.equals(result.getEntry("translationRequired")),
                Boolean.TRUE.equals(result.getEntry("proofreadingRequired")),
                Boolean.TRUE.equals(result.getEntry("emailAllowed")),
                ServiceVariant.Eligibility.valueOf(result.getEntry("eligibility")),
                days == null ? 5 : days.intValue());
    }

    /** The fee of one item in yuan; items the table does not list cost nothing. */
    public BigDecimal feeOf(ArchiveItemType item, int copies, DeliveryMode deliveryMode) {
        DmnDecisionResult result = decisions.evaluateDecisionByKey(ArchiveUseProcess.DECISION_FEE)
                .variables(Map.of("item", item.name(), "copies", copies, "deliveryMode", deliveryMode.name()))
                .evaluate();
        Object amount = result.isEmpty() ? null : result.getSingleResult().getSingleEntry();
        return amount == null ? BigDecimal.ZERO : new BigDecimal(amount.toString()).setScale(2);
    }
}
