package io.casehall.qualification;

import java.time.Instant;
import java.util.List;

/**
 * Published (synchronously, in the closing transaction of the campaign's process) when a campaign's window was
 * closed. For the college window, the undecided change requests have been marked EXPIRED already and are listed
 * here, so that a listener ends their approval instances in the same transaction.
 */
public record CampaignWindowClosed(long campaignId, Window window, Instant closedAt,
                                   List<Long> expiredChangeRequestIds) {

    public CampaignWindowClosed {
        expiredChangeRequestIds = List.copyOf(expiredChangeRequestIds);
    }

    public enum Window {
        GRADUATE,
        COLLEGE
    }
}
