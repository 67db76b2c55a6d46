package io.casehall.clearance.engine;

import java.util.Set;

/**
 * What the engine tells CaseHall about a clearance instance, in the engine's transaction. The production
 * implementation keeps the projection ({@code clearance_checkpoint_state}) and the audit log; process tests
 * record the calls.
 */
interface ClearanceEvents {

    /** The rule table has decided which checkpoints apply (ids of checkpoint tasks). */
    void applicability(long planId, long studentId, String processDefinitionId, Set<String> applicable);

    /** A checkpoint's task was created: the student reached it (again, after a failure). */
    void checkpointReached(long planId, long studentId, String checkpointId, String taskId);

    /** A checkpoint's task was completed with a valid decision. */
    void checkpointDecided(long planId, long studentId, String checkpointId, boolean passed, String remark,
                           String operator);

    /** The hand-over task was created: every applicable checkpoint passed. */
    void handoverReached(long planId, long studentId, String taskId);

    /** The department operator confirmed the hand-over. */
    void handedOver(long planId, long studentId, String operator);

    /** The instance reached its end event. */
    void clearanceCompleted(long planId, long studentId);
}
