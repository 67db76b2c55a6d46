package io.casehall.creditbank.learner;

import io.casehall.account.RealNameVerifiedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person passes real-name verification in the portal, every learner account an institution keeps for their
 * ID number becomes 已激活 and is linked to them (in the same transaction as the verification).
 */
@Component
class LearnerActivation {

    private final LearnerAccounts learners;

    LearnerActivation(LearnerAccounts learners) {
        this.learners = learners;
    }

    @EventListener
    void on(RealNameVerifiedEvent event) {
        if (event.idNumber() != null && !event.idNumber().isBlank()) {
            learners.activateAll(event.applicantId(), event.idNumber());
        }
    }
}
