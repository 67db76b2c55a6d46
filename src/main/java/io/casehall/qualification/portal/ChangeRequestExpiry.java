package io.casehall.qualification.portal;

import io.casehall.qualification.CampaignWindowClosed;
import io.casehall.qualification.QualificationChangeRequestProcess;
import io.casehall.qualification.QualificationReviewProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a campaign's college window closes, its undecided change requests end as EXPIRED: the expiry message reaches
 * every approval instance of the campaign still waiting, in the closing transaction (a failure retries the closing
 * job rather than leaving tasks behind). Each instance records the expiry, if the closing has not already, and tells
 * the graduate.
 */
@Component
class ChangeRequestExpiry {

    private final RuntimeService runtimeService;

    ChangeRequestExpiry(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void windowClosed(CampaignWindowClosed event) {
        if (event.window() == CampaignWindowClosed.Window.COLLEGE) {
            expireUndecided(event.campaignId());
        }
    }

    /** Ends the campaign's waiting approval instances through their expiry path. */
    void expireUndecided(long campaignId) {
        runtimeService.createMessageCorrelation(QualificationChangeRequestProcess.MESSAGE_EXPIRED)
                .processInstanceVariableEquals(QualificationReviewProcess.VAR_CAMPAIGN_ID, campaignId)
                .correlateAll();
    }
}
