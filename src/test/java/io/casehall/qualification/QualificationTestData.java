package io.casehall.qualification;

import io.casehall.qualification.campaign.NewCampaign;
import io.casehall.qualification.campaign.QualificationCampaigns;
import io.casehall.shared.security.Actor;
import io.casehall.staff.StaffDirectory;
import io.casehall.staff.StaffRoles;
import io.casehall.support.UniqueData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns and graduates for tests that share one database: each campaign gets a graduation year no other
 * campaign has, graduates unique student numbers and phones.
 */
@Component
public class QualificationTestData {

    private final QualificationCampaigns campaigns;
    private final QualificationCampaignRepository campaignRepository;
    private final QualificationGraduateRepository graduates;
    private final StaffDirectory staffDirectory;
    private final Clock clock;

    QualificationTestData(QualificationCampaigns campaigns, QualificationCampaignRepository campaignRepository,
                          QualificationGraduateRepository graduates, StaffDirectory staffDirectory, Clock clock) {
        this.campaigns = campaigns;
        this.campaignRepository = campaignRepository;
        this.graduates = graduates;
        this.staffDirectory = staffDirectory;
        this.clock = clock;
    }

    /** A campaign whose graduate window opened an hour ago and stays open for days; the college window follows. */
    public QualificationCampaign openCampaign() {
        Instant now = clock.instant();
        return campaign(new CampaignWindows(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(6)),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(11))));
    }

    /**
     * A campaign whose graduate and college windows both opened an hour ago and stay open for days: graduates may
     * ask for changes and colleges may decide them at once (as when the windows overlap).
     */
    public QualificationCampaign campaignOpenForGraduatesAndColleges() {
        Instant now = clock.instant();
        return campaign(new CampaignWindows(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(6)),
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(11))));
    }

    public synchronized QualificationCampaign campaign(CampaignWindows windows) {
        int year = freeYear();
        return campaigns.create(new NewCampaign(year, year + "届毕业生资格审查（测试）", windows),
                Actor.of(Actor.Kind.STAFF, "qualification-tests"));
    }

    /** A graduate of the campaign with unique student number and phone. */
    @Transactional
    public QualificationGraduate graduate(long campaignId, String college, String name) {
        GraduateData data = new GraduateData("19210102150123", UniqueData.studentNo(), college, "本科生毕业", "汉语言文学",
                name, "女", LocalDate.of(2001, 5, 1), "110105", "01", "13", UniqueData.mobile(),
                "北京市朝阳区建国路88号", null, UniqueData.email());
        return graduates.save(new QualificationGraduate(campaignId, data, clock.instant()));
    }

    /**
     * The Camunda groups a reviewer of this college needs ({@code dataChangeApproval} and the college's own group,
     * as importing a campaign's graduates creates them), returned in that order for the reviewer's memberships.
     */
    public String[] collegeReviewerGroups(String college) {
        String collegeGroup = QualificationReviewProcess.collegeGroup(college);
        staffDirectory.ensureRole(StaffRoles.DATA_CHANGE_APPROVAL,
                StaffRoles.QUEUES.get(StaffRoles.DATA_CHANGE_APPROVAL));
        staffDirectory.ensureRole(collegeGroup, "信息变更审核（" + college + "）");
        return new String[] {StaffRoles.DATA_CHANGE_APPROVAL, collegeGroup};
    }

    private int freeYear() {
        for (int year = 2100; year >= 2000; year--) {
            if (!campaignRepository.existsByGraduationYear(year)) {
                return year;
            }
        }
        throw new IllegalStateException("no free graduation year left in the test database");
    }
}
