package io.casehall.staff.engine;

import camundajar.impl.com.google.gson.JsonArray;
import camundajar.impl.com.google.gson.JsonElement;
import camundajar.impl.com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.impl.util.JsonUtil;

/**
 * A signed-in user's look at a group's work queue: a task query that asks for nothing but candidate groups the user
 * belongs to (and whether assigned or suspended tasks are included), in any order. Tasklist's queue filters are
 * such queries.
 * <p>
 * Every task with a candidate group carries a READ grant for that group ({@code NewTaskAuthorizationProvider}), so
 * a member of the group may see every task of the queue: what the engine's authorization check would answer for
 * each task is known in advance. {@link QueueCounts} shares such counts between the members of the group, and
 * {@link QueuePage} finds a page of such a queue without checking every task of the queue.
 *
 * @param criteria the query's criteria as the engine stores them in a filter, without the order
 * @param memberOf the user's groups
 * @param tenants  the user's tenants
 */
record QueueQuery(JsonObject criteria, Set<String> memberOf, Set<String> tenants) {

    private static final JsonTaskQueryConverter CONVERTER = new JsonTaskQueryConverter();
    private static final Set<String> QUEUE_CRITERIA = Set.of(JsonTaskQueryConverter.CANDIDATE_GROUP,
            JsonTaskQueryConverter.CANDIDATE_GROUPS, JsonTaskQueryConverter.INCLUDE_ASSIGNED_TASKS,
            JsonTaskQueryConverter.ACTIVE, JsonTaskQueryConverter.SUSPENDED);
    private static final Set<String> ORDER = Set.of(JsonTaskQueryConverter.ORDERING_PROPERTIES,
            JsonTaskQueryConverter.ORDER_BY);

    /** The query as a queue of the user's groups, or empty when it asks for more (or the user is not a member). */
    static Optional<QueueQuery> of(TaskQueryImpl query, Authentication authentication) {
        // "Not delegated" is the one criterion the engine's filter format does not store: it would be lost here.
        if (authentication == null || authentication.getUserId() == null || query.isNoDelegationState()) {
            return Optional.empty();
        }
        JsonObject criteria = CONVERTER.toJsonObject(query);
        ORDER.forEach(criteria::remove);
        Set<String> asked = new TreeSet<>();
        for (Map.Entry<String, JsonElement> criterion : criteria.entrySet()) {
            JsonElement value = criterion.getValue();
            if (value.isJsonArray() && value.getAsJsonArray().isEmpty()) {
                continue;
            }
            if (!QUEUE_CRITERIA.contains(criterion.getKey())) {
                return Optional.empty();
            }
            collectGroups(criterion.getKey(), value, asked);
        }
        List<String> memberOf = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        if (asked.isEmpty() || !memberOf.containsAll(asked)) {
            return Optional.empty();
        }
        Set<String> tenants = authentication.getTenantIds() == null ? Set.of()
                : new TreeSet<>(authentication.getTenantIds());
        return Optional.of(new QueueQuery(criteria, new TreeSet<>(memberOf), tenants));
    }

    /** A new query from criteria as {@link #criteria()} holds them. */
    static TaskQueryImpl fromCriteria(String criteria) {
        return (TaskQueryImpl) CONVERTER.toObject(JsonUtil.asObject(criteria));
    }

    private static void collectGroups(String criterion, JsonElement value, Set<String> groups) {
        if (JsonTaskQueryConverter.CANDIDATE_GROUP.equals(criterion)) {
            groups.add(value.getAsString());
        } else if (JsonTaskQueryConverter.CANDIDATE_GROUPS.equals(criterion)) {
            JsonArray array = value.getAsJsonArray();
            array.forEach(group -> groups.add(group.getAsString()));
        }
    }
}
