package io.casehall.qualification.campaign;

import io.casehall.qualification.QualificationReviewProcess;
import io.casehall.staff.StaffDirectory;
import io.casehall.staff.StaffRoles;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Each college of a campaign has its reviewers' Camunda group ({@link QualificationReviewProcess#collegeGroup}), with
 * Tasklist access and a queue, e.g. 信息变更审核（化工与环境生命学部）: an administrator puts a college's reviewers into
 * it (and into {@code dataChangeApproval}) in Camunda Admin.
 */
@Component
class CollegeGroups {

    private final StaffDirectory directory;

    CollegeGroups(StaffDirectory directory) {
        this.directory = directory;
    }

    /** The reviewers' common role too: start-up work may run before the staff directory creates the queues. */
    void ensureWithReviewerRole(Collection<String> colleges) {
        directory.ensureRole(StaffRoles.DATA_CHANGE_APPROVAL, StaffRoles.QUEUES.get(StaffRoles.DATA_CHANGE_APPROVAL));
        ensure(colleges);
    }

    void ensure(Collection<String> colleges) {
        colleges.forEach(college -> directory.ensureRole(QualificationReviewProcess.collegeGroup(college),
                "信息变更审核（" + college + "）"));
    }
}
