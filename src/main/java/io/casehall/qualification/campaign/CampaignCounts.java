package io.casehall.qualification.campaign;

import io.casehall.qualification.CheckStatus;
import java.util.EnumMap;
import java.util.Map;

/** How many graduates (of a campaign or one college) are in each check status. */
public record CampaignCounts(String college, Map<CheckStatus, Long> byStatus) {

    public CampaignCounts {
        Map<CheckStatus, Long> all = new EnumMap<>(CheckStatus.class);
        for (CheckStatus status : CheckStatus.values()) {
            all.put(status, byStatus.getOrDefault(status, 0L));
        }
        byStatus = Map.copyOf(all);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(CheckStatus status) {
        return byStatus.get(status);
    }

    public long notSubmitted() {
        return count(CheckStatus.NOT_SUBMITTED);
    }

    public long confirmed() {
        return count(CheckStatus.CONFIRMED);
    }

    public long changePending() {
        return count(CheckStatus.CHANGE_PENDING);
    }

    /** Submitted one way or another: confirmed or asked for a change (decided or not). */
    public long submitted() {
        return total() - notSubmitted();
    }
}
