package io.casehall.qualification.portal;

import io.casehall.qualification.CampaignWindows;
import io.casehall.qualification.GraduateData;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationCampaignRepository;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.support.UniqueData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns and graduates for the portal tests, each with its own graduation year (the year is unique). */
@Component
public class PortalCampaigns {

    private static final AtomicInteger YEAR = new AtomicInteger(5000 + (int) (System.nanoTime() % 3000));

    private final QualificationCampaignRepository campaigns;
    private final QualificationGraduateRepository graduates;

    PortalCampaigns(QualificationCampaignRepository campaigns, QualificationGraduateRepository graduates) {
        this.campaigns = campaigns;
        this.graduates = graduates;
    }

    /** A campaign whose graduate and college windows are both open now. */
    @Transactional
    public QualificationCampaign open() {
        Instant now = Instant.now();
        int year = YEAR.incrementAndGet();
        return campaigns.save(new QualificationCampaign(year, year + "届毕业生资格审查",
                new CampaignWindows(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(5)),
                        now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10))), "office", now));
    }

    /** A graduate of the campaign: 文学院, born 2001-05-04 in 北京市海淀区, 汉族, 共青团员, with a complete address. */
    @Transactional
    public QualificationGraduate graduate(QualificationCampaign campaign, String name) {
        QualificationGraduate graduate = new QualificationGraduate(campaign.getId(), new GraduateData(
                "23110108150001", UniqueData.studentNo(), "文学院", "本科生毕业", "汉语言文学", name, "男",
                LocalDate.of(2001, 5, 4), "110108", "01", "03", UniqueData.mobile(), "辽宁省沈阳市皇姑区崇山中路66号",
                "024-86245678", "graduate@example.cn"), Instant.now());
        return graduates.save(graduate);
    }

    @Transactional
    public void closeGraduateWindow(QualificationCampaign campaign) {
        QualificationCampaign c = campaigns.findById(campaign.getId()).orElseThrow();
        c.closeGraduateWindow(Instant.now());
    }

    /** The college window's end moved to a moment ago; the campaign's process has not closed it yet. */
    @Transactional
    public void endCollegeWindowNow(QualificationCampaign campaign) {
        QualificationCampaign c = campaigns.findById(campaign.getId()).orElseThrow();
        c.moveCollegeWindowEnd(Instant.now().minusSeconds(1));
    }

    public QualificationGraduate reload(QualificationGraduate graduate) {
        return graduates.findById(graduate.getId()).orElseThrow();
    }
}
