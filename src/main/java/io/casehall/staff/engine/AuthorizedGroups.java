package io.casehall.staff.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Which groups have any authorization at all, remembered across commands.
 * <p>
 * Before every authorization check the engine narrows the user's groups to those that appear in an authorization,
 * and to know them it reads {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} — once per command. With
 * one grant per open task (a clearance season: 80,000 rows) that is a scan of the whole index, 10–45 ms, for every
 * Tasklist request and every console page that asks the engine as a user: the most frequent statement of the load
 * simulation by total time.
 * <p>
 * A group that has an authorization stays in the answer (when its last grant goes, keeping it only adds a name to
 * an {@code IN} list that matches nothing). A group seen without any is asked about again after
 * {@code recheckAfter}, or at once when this node grants it something; so only a grant made on another node of a
 * cluster to a group that had none can take that long to count.
 */
final class AuthorizedGroups {

    private final Set<String> withGrants = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> withoutGrantsSince = new ConcurrentHashMap<>();
    private final long recheckAfterNanos;
    private final LongSupplier clock;

    AuthorizedGroups(Duration recheckAfter, LongSupplier clock) {
        this.recheckAfterNanos = recheckAfter.toNanos();
        this.clock = clock;
    }

    /**
     * The user's groups that have an authorization, as the engine's own filter would answer.
     *
     * @param allWithGrants reads every group that has an authorization (the engine's statement)
     */
    List<String> filter(List<String> userGroups, Supplier<Set<String>> allWithGrants) {
        if (userGroups == null || userGroups.isEmpty()) {
            return List.of();
        }
        long now = clock.getAsLong();
        boolean mustRead = false;
        for (String group : userGroups) {
            if (!withGrants.contains(group) && !knownWithout(group, now)) {
                mustRead = true;
                break;
            }
        }
        if (mustRead) {
            Set<String> all = allWithGrants.get();
            withGrants.addAll(all);
            for (String group : userGroups) {
                if (all.contains(group)) {
                    withoutGrantsSince.remove(group);
                } else {
                    withoutGrantsSince.put(group, now);
                }
            }
        }
        List<String> filtered = new ArrayList<>();
        for (String group : userGroups) {
            if (withGrants.contains(group) && !filtered.contains(group)) {
                filtered.add(group);
            }
        }
        return filtered;
    }

    /** This node granted the group something. */
    void granted(String groupId) {
        if (groupId != null) {
            withGrants.add(groupId);
            withoutGrantsSince.remove(groupId);
        }
    }

    private boolean knownWithout(String group, long now) {
        Long since = withoutGrantsSince.get(group);
        return since != null && now - since <= recheckAfterNanos;
    }
}
