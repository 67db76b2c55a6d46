package io.casehall.clearance;

/**
 * One checkpoint as the process model defines it: the user task's id, its (Chinese) name, the Camunda group
 * whose members handle it, and its position in process order (0-based). A <b>department-scoped</b> checkpoint
 * (candidate group {@code <role>${departmentCode}} in the model) is handled per department: {@code groupId} is
 * the role, and only members of {@code <role><departmentCode>} act on that department's students.
 */
public record Checkpoint(String id, String name, String groupId, int position, boolean departmentScoped) {

    public Checkpoint(String id, String name, String groupId, int position) {
        this(id, name, groupId, position, false);
    }
}
