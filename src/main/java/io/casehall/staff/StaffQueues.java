package io.casehall.staff;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Service;

/**
 * A staff member's work queues: the Tasklist filters they may read, each with its open-task count,
 * counted as that user so the numbers match what Tasklist shows them.
 */
@Service
public class StaffQueues {

    /** One queue on the console home. */
    public record Queue(String filterId, String name, String description, long count, String tasklistUrl) {
    }

    private final FilterService filterService;
    private final IdentityService identityService;

    StaffQueues(FilterService filterService, IdentityService identityService) {
        this.filterService = filterService;
        this.identityService = identityService;
    }

    public List<Queue> queuesOf(StaffPrincipal staff) {
        identityService.setAuthentication(staff.userId(), staff.groupIds());
        try {
            // "My tasks" (priority 0) first, then the role queues, as Tasklist lists them.
            return filterService.createTaskFilterQuery().orderByFilterName().asc().list().stream()
                    .sorted(java.util.Comparator.comparingInt(StaffQueues::priority))
                    .map(this::toQueue)
                    .toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static int priority(Filter filter) {
        Object priority = filter.getProperties() == null ? null : filter.getProperties().get("priority");
        return priority instanceof Number number ? number.intValue() : Integer.MAX_VALUE;
    }

    private Queue toQueue(Filter filter) {
        Object description = filter.getProperties() == null ? null : filter.getProperties().get("description");
        Long count = filterService.count(filter.getId());
        return new Queue(filter.getId(), filter.getName(), description == null ? "" : description.toString(),
                count == null ? 0 : count, "/camunda/app/tasklist/default/#/?filter=" + filter.getId());
    }
}
