package io.casehall.qualification.campaign;

import io.casehall.account.DemoApplicants;
import io.casehall.qualification.CampaignWindows;
import io.casehall.qualification.GraduateData;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationCampaignRepository;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.qualification.QualificationGraduateRepository;
import io.casehall.qualification.QualificationReviewProcess;
import io.casehall.shared.security.Actor;
import io.casehall.staff.StaffRoles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the qualification review of the coming graduation year, whose graduate window opened
 * yesterday and closes in six days (the college window follows until day eleven), with twelve graduates of two
 * colleges — among them the registry's demo graduates 张伟 and 李娜, with verified portal accounts (mobile
 * 13900000101 / 13900000102, password Demo2026) — and one reviewer per college
 * ({@code chemreview}, {@code humreview}, password Demo2026). The office account {@code employment} is in
 * application-demo.yml.
 */
@Component
@Profile("demo")
class QualificationDemoData {

    static final String PASSWORD = "Demo2026";
    static final String CHEMISTRY = "化工与环境生命学部";
    static final String HUMANITIES = "人文与社会科学学部";
    private static final Logger log = LoggerFactory.getLogger(QualificationDemoData.class);

    /** user id, display name, college. */
    static final List<String[]> REVIEWERS = List.of(
            new String[] {"chemreview", "化工学部资格审查 高老师", CHEMISTRY},
            new String[] {"humreview", "人文学部资格审查 马老师", HUMANITIES});

    /** The registry's demo graduates in the campaign: name, mobile (their portal login), ID number. */
    static final List<String[]> DEMO_APPLICANTS = List.of(
            new String[] {"张伟", "13900000101", "110101199803151231"},
            new String[] {"李娜", "13900000102", "210202199906222464"});

    private final QualificationCampaigns campaigns;
    private final QualificationCampaignRepository campaignRepository;
    private final QualificationGraduateRepository graduates;
    private final CollegeGroups collegeGroups;
    private final DemoApplicants demoApplicants;
    private final IdentityService identity;
    private final Clock clock;

    QualificationDemoData(QualificationCampaigns campaigns, QualificationCampaignRepository campaignRepository,
                          QualificationGraduateRepository graduates, CollegeGroups collegeGroups,
                          DemoApplicants demoApplicants, IdentityService identity, Clock clock) {
        this.campaigns = campaigns;
        this.campaignRepository = campaignRepository;
        this.graduates = graduates;
        this.collegeGroups = collegeGroups;
        this.demoApplicants = demoApplicants;
        this.identity = identity;
        this.clock = clock;
    }

    @Order(110)
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        try {
            int year = comingGraduationYear();
            if (campaignRepository.findByGraduationYear(year).isEmpty()) {
                createCampaign(year);
            }
            collegeGroups.ensureWithReviewerRole(List.of(CHEMISTRY, HUMANITIES));
            REVIEWERS.forEach(r -> ensureReviewer(r[0], r[1], r[2]));
            DEMO_APPLICANTS.forEach(a -> demoApplicants.ensureVerified(a[0], a[1], PASSWORD, a[2]));
        } catch (RuntimeException e) {
            log.warn("Qualification demo data could not be loaded", e);
        }
    }

    /** Graduates leave in summer: before July the coming year is this year, from July the next. */
    int comingGraduationYear() {
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() >= 7 ? today.getYear() + 1 : today.getYear();
    }

    void createCampaign(int year) {
        ZonedDateTime today = LocalDate.now(clock).atStartOfDay(clock.getZone());
        CampaignWindows windows = new CampaignWindows(today.minusDays(1).toInstant(),
                today.plusDays(6).withHour(23).withMinute(59).toInstant(), today.plusDays(6).toInstant(),
                today.plusDays(11).withHour(23).withMinute(59).toInstant());
        QualificationCampaign campaign = campaigns.create(new NewCampaign(year, year + "届毕业生资格审查", windows),
                Actor.of(Actor.Kind.STAFF, "admin"));
        List<QualificationGraduate> rows = new ArrayList<>();
        for (GraduateData data : graduates(year)) {
            rows.add(new QualificationGraduate(campaign.getId(), data, clock.instant()));
        }
        // Two graduates have confirmed already, so the counters show some progress.
        rows.get(2).confirm(clock.instant());
        rows.get(8).confirm(clock.instant());
        graduates.saveAll(rows);
        log.info("Qualification demo campaign '{}' with {} graduates created", campaign.getTitle(), rows.size());
    }

    private static List<GraduateData> graduates(int year) {
        String prefix = String.valueOf(year - 4).substring(2);
        List<GraduateData> rows = new ArrayList<>();
        // The registry's demo graduates: after real-name verification they can bind their record.
        rows.add(new GraduateData("16210102150001", "2016011201", CHEMISTRY, "本科生毕业", "化学工程与工艺", "张伟", "男",
                LocalDate.of(1998, 3, 15), "110101", "01", "03", "13900000101", "北京市东城区东四十条24号", null,
                "zhangwei@example.cn"));
        rows.add(new GraduateData("17210202150002", "2017021305", HUMANITIES, "本科生毕业", "法学", "李娜", "女",
                LocalDate.of(1999, 6, 22), "210202", "01", "01", "13900000102", "辽宁省大连市中山区人民路15号", null,
                "lina@example.cn"));
        String[][] others = {
                {CHEMISTRY, "化学工程与工艺", "赵一鸣", "男", "130102", "01", "03"},
                {CHEMISTRY, "环境工程", "钱思雨", "女", "210211", "11", "03"},
                {CHEMISTRY, "环境工程", "孙浩然", "男", "370202", "01", "13"},
                {CHEMISTRY, "化学工程与工艺", "周雨桐", "女", "500103", "03", "02"},
                {CHEMISTRY, "化学工程与工艺", "吴俊杰", "男", "620102", "01", "03"},
                {HUMANITIES, "法学", "郑可欣", "女", "110108", "01", "03"},
                {HUMANITIES, "汉语言文学", "王子涵", "男", "310104", "01", "01"},
                {HUMANITIES, "汉语言文学", "冯雅琪", "女", "440106", "08", "03"},
                {HUMANITIES, "法学", "陈家豪", "男", "230102", "10", "13"},
                {HUMANITIES, "哲学", "林晓彤", "女", "350102", "01", "03"}};
        for (int i = 0; i < others.length; i++) {
            String[] o = others[i];
            rows.add(new GraduateData(prefix + "2101021500" + String.format("%02d", i + 10),
                    (year - 4) + (o[0].equals(CHEMISTRY) ? "01" : "02") + String.format("%04d", 1101 + i), o[0],
                    "本科生毕业", o[1], o[2], o[3], LocalDate.of(year - 22, 1 + i, 10 + i), o[4], o[5], o[6],
                    "1390000" + String.format("%04d", 1201 + i), null, null, null));
        }
        return rows;
    }

    private void ensureReviewer(String userId, String name, String college) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(name);
            user.setLastName("");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        for (String group : List.of(StaffRoles.DATA_CHANGE_APPROVAL, QualificationReviewProcess.collegeGroup(college))) {
            if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
                identity.createMembership(userId, group);
            }
        }
    }
}
