package io.casehall.qualification;

import io.casehall.shared.web.NotFoundException;
import io.casehall.staff.DepartmentGroups;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The qualification module's lookups for the portal, the college review and other modules: campaigns, their
 * graduates, and whether each window is open now. A window is open between its start and its end unless the
 * campaign's process closed it already.
 */
@Service
@Transactional(readOnly = true)
public class QualificationService {

    private final QualificationCampaignRepository campaigns;
    private final QualificationGraduateRepository graduates;
    private final Clock clock;

    QualificationService(QualificationCampaignRepository campaigns, QualificationGraduateRepository graduates,
                         Clock clock) {
        this.campaigns = campaigns;
        this.graduates = graduates;
        this.clock = clock;
    }

    public Optional<QualificationCampaign> campaign(long campaignId) {
        return campaigns.findById(campaignId);
    }

    /** The campaign, or a {@link NotFoundException} (404 page). */
    public QualificationCampaign requireCampaign(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow(NotFoundException::new);
    }

    /** All campaigns, newest graduation year first. */
    public List<QualificationCampaign> campaigns() {
        return campaigns.findAllByOrderByGraduationYearDesc();
    }

    /** The campaigns whose graduate window is open now (newest first): where a graduate may bind and check. */
    public List<QualificationCampaign> campaignsOpenToGraduates() {
        return campaigns().stream().filter(c -> c.graduateWindowOpenAt(clock.instant())).toList();
    }

    public Optional<QualificationGraduate> graduate(long graduateId) {
        return graduates.findById(graduateId);
    }

    public Optional<QualificationGraduate> graduate(long campaignId, String studentNo) {
        return graduates.findByCampaignIdAndStudentNo(campaignId, studentNo);
    }

    /** The graduate records bound to a portal account (one per campaign at most). */
    public List<QualificationGraduate> graduatesOfAccount(long applicantAccountId) {
        return graduates.findByApplicantAccountId(applicantAccountId);
    }

    /** A college's graduates of the campaign in student-number order. */
    public List<QualificationGraduate> graduates(long campaignId, String college) {
        return graduates.findByCampaignIdAndCollegeOrderByStudentNo(campaignId, college);
    }

    /** The campaign's colleges in name order. */
    public List<String> colleges(long campaignId) {
        return graduates.collegesOf(campaignId);
    }

    /** The college of the campaign whose department code is the given one (see {@link QualificationReviewProcess#collegeGroup}). */
    public Optional<String> collegeOfCode(long campaignId, String departmentCode) {
        return colleges(campaignId).stream()
                .filter(college -> DepartmentGroups.departmentCode(college).equals(departmentCode))
                .findFirst();
    }

    /** Whether graduates of the campaign may bind, confirm and ask for changes now (false for an unknown id). */
    public boolean isGraduateWindowOpen(long campaignId) {
        return campaigns.findById(campaignId).map(c -> c.graduateWindowOpenAt(clock.instant())).orElse(false);
    }

    /** Whether the campaign's colleges may decide change requests now (false for an unknown id). */
    public boolean isCollegeWindowOpen(long campaignId) {
        return campaigns.findById(campaignId).map(c -> c.collegeWindowOpenAt(clock.instant())).orElse(false);
    }
}
