package io.casehall.qualification.review;

import io.casehall.qualification.QualificationReviewProcess;
import io.casehall.staff.DepartmentGroups;
import io.casehall.staff.StaffPrincipal;
import io.casehall.staff.StaffRoles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which colleges a staff member reviews. A college's reviewers are the members of its group
 * {@code dataChangeApproval<code>} ({@link QualificationReviewProcess#collegeGroup}), the candidate group of its
 * change-request tasks, so the console shows each reviewer what Tasklist shows them. The employment office and
 * administrators may look at every college (read only: deciding stays with the college). The scope comes from the
 * signed-in principal's groups, never from the request.
 */
@Component
class CollegeScope {

    private final CollegeQueries queries;

    CollegeScope(CollegeQueries queries) {
        this.queries = queries;
    }

    /** The department codes of the staff member's college groups. */
    static Set<String> collegeCodes(StaffPrincipal staff) {
        Set<String> codes = new HashSet<>();
        if (staff != null) {
            for (String group : staff.groupIds()) {
                String code = QualificationReviewProcess.collegeCodeOfGroup(group);
                if (code != null) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    /** The office and administrators oversee every college. */
    static boolean oversees(StaffPrincipal staff) {
        return staff != null && (staff.isAdministrator() || staff.groupIds().contains(StaffRoles.EMPLOYMENT_OFFICE));
    }

    /** Whether the staff member reviews the college (decides its requests, asks for its additions and removals). */
    static boolean reviews(StaffPrincipal staff, String college) {
        return staff != null && college != null
                && staff.groupIds().contains(QualificationReviewProcess.collegeGroup(college));
    }

    /** The campaign's colleges the staff member may open in the console, in Chinese order. */
    List<String> colleges(StaffPrincipal staff, long campaignId) {
        List<String> all = queries.colleges(campaignId);
        if (oversees(staff)) {
            return all;
        }
        Set<String> codes = collegeCodes(staff);
        return all.stream().filter(c -> codes.contains(DepartmentGroups.departmentCode(c))).toList();
    }

    /** Whether the staff member reviews some college (of any campaign): they see the college console's entry. */
    static boolean isReviewer(StaffPrincipal staff) {
        return !collegeCodes(staff).isEmpty();
    }

    /** Opening a college's pages: its reviewers, the office and administrators; others get a 403. */
    void requireView(StaffPrincipal staff, String college) {
        if (!oversees(staff) && !reviews(staff, college)) {
            throw new OtherCollegeException();
        }
    }

    /** Acting for a college (deciding, asking the office): its reviewers and administrators. */
    void requireReview(StaffPrincipal staff, String college) {
        if (!(staff != null && staff.isAdministrator()) && !reviews(staff, college)) {
            throw new OtherCollegeException();
        }
    }
}
