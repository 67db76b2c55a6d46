package io.casehall.clearance;

/**
 * One checkpoint as the process model defines it: the user task's id, its (Chinese) name, the Camunda group
 * whose members handle it, and its position in process order (0-based).
 */
public record Checkpoint(String id, String name, String groupId, int position) {
}
