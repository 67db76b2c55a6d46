package io.casehall.clearance.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Collects what the listeners report while a launch chunk starts its instances on this thread, so that the
 * launcher writes each student's projection rows in one JDBC batch instead of one statement per task.
 * Students not covered (or no open context) take the listeners' direct path.
 */
public final class LaunchContext implements AutoCloseable {

    private static final ThreadLocal<LaunchContext> CURRENT = new ThreadLocal<>();

    private final Set<Long> students;
    private final Map<Long, Set<String>> applicable = new HashMap<>();
    private final Map<Long, Map<String, String>> reached = new HashMap<>();

    private LaunchContext(Collection<Long> students) {
        this.students = new HashSet<>(students);
    }

    static LaunchContext open(Collection<Long> students) {
        LaunchContext context = new LaunchContext(students);
        CURRENT.set(context);
        return context;
    }

    /** The context of this thread's running chunk if it covers the student, else null. */
    public static LaunchContext covering(long studentId) {
        LaunchContext context = CURRENT.get();
        return context != null && context.students.contains(studentId) ? context : null;
    }

    public void applicability(long studentId, Set<String> checkpoints) {
        applicable.put(studentId, Set.copyOf(checkpoints));
    }

    public void reached(long studentId, String checkpointId, String taskId) {
        reached.computeIfAbsent(studentId, id -> new LinkedHashMap<>()).put(checkpointId, taskId);
    }

    /** Applicable checkpoints as decided, or null when the decision has not run yet (an async boundary). */
    Set<String> applicableOf(long studentId) {
        return applicable.get(studentId);
    }

    Map<String, String> reachedOf(long studentId) {
        return reached.getOrDefault(studentId, Map.of());
    }

    @Override
    public void close() {
        CURRENT.remove();
    }
}
