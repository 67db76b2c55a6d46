package io.casehall.clearance.web;

import io.casehall.clearance.CheckpointState;
import io.casehall.clearance.StudentInfo;

/**
 * One student on the on-site list, ready to show: the seed's columns, the state at this checkpoint with its
 * label, the last remark, who decided and when (local time). The ID number is unmasked here and masked by the
 * template ({@code @mask}).
 */
record CheckpointRowView(StudentInfo student, CheckpointState state, String stateLabel, String remark,
                         String operator, String time, boolean actionable, String migration) {

    public long getStudentId() {
        return student.id();
    }
}
