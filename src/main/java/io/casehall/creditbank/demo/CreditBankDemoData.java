package io.casehall.creditbank.demo;

import io.casehall.account.DemoApplicants;
import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.CreditBankRoles;
import io.casehall.creditbank.CreditBankGroups;
import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionAccounts;
import io.casehall.creditbank.InstitutionDetails;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerAchievement;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.creditbank.School;
import io.casehall.creditbank.SchoolRepository;
import io.casehall.account.ApplicantPrincipal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: the credit bank's reference list of schools in four provinces, and two registered schools in
 * different provinces — 长沙民政职业技术学院 (湖南, administrator {@code 4143010869}) and 广州番禺职业技术学院
 * (广东, administrator {@code 4144012345}) — each with a sub-user ({@code hnteacher}, {@code gdteacher}), achievements
 * of both kinds, learners and their achievements. The registry's demo graduate 张伟 (portal 13900000101) is a learner
 * of the first, activated. Password Demo2026 everywhere; the other schools of the list are free to register.
 */
@Component
@Profile("demo")
class CreditBankDemoData {

    static final String PASSWORD = "Demo2026";
    private static final Logger log = LoggerFactory.getLogger(CreditBankDemoData.class);

    /** department code, department, school code, school, type. */
    static final List<String[]> SCHOOLS = List.of(
            new String[] {"430000", "湖南省教育厅", "4143010869", "长沙民政职业技术学院", "高职（专科）"},
            new String[] {"430000", "湖南省教育厅", "4143010536", "湖南铁道职业技术学院", "高职（专科）"},
            new String[] {"430000", "湖南省教育厅", "4143010824", "长沙理工大学", "本科"},
            new String[] {"440000", "广东省教育厅", "4144012345", "广州番禺职业技术学院", "高职（专科）"},
            new String[] {"440000", "广东省教育厅", "4144014263", "深圳职业技术大学", "职业教育本科"},
            new String[] {"110000", "北京市教育委员会", "4111010853", "北京电子科技职业学院", "高职（专科）"},
            new String[] {"320000", "江苏省教育厅", "4132012807", "南京工业职业技术大学", "职业教育本科"});

    private final SchoolRepository schools;
    private final InstitutionRepository institutions;
    private final InstitutionAccounts accounts;
    private final AchievementRepository achievements;
    private final LearnerRepository learners;
    private final LearnerAchievementRepository learnerAchievements;
    private final CreditBankRoles roles;
    private final DemoApplicants demoApplicants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CreditBankDemoData(SchoolRepository schools, InstitutionRepository institutions, InstitutionAccounts accounts,
                       AchievementRepository achievements, LearnerRepository learners,
                       LearnerAchievementRepository learnerAchievements, CreditBankRoles roles,
                       DemoApplicants demoApplicants, TransactionTemplate transaction, Clock clock) {
        this.schools = schools;
        this.institutions = institutions;
        this.accounts = accounts;
        this.achievements = achievements;
        this.learners = learners;
        this.learnerAchievements = learnerAchievements;
        this.roles = roles;
        this.demoApplicants = demoApplicants;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Order(120)
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        try {
            roles.ensure();
            transaction.executeWithoutResult(status -> {
                SCHOOLS.stream().filter(s -> schools.findBySchoolCode(s[2]).isEmpty())
                        .forEach(s -> schools.save(new School(s[0], s[1], s[2], s[3], s[4])));
                if (institutions.findBySchoolCode("4143010869").isEmpty()) {
                    hunan();
                }
                if (institutions.findBySchoolCode("4144012345").isEmpty()) {
                    guangdong();
                }
            });
        } catch (RuntimeException e) {
            log.warn("Credit bank demo data could not be loaded", e);
        }
    }

    private void hunan() {
        Institution school = register("4143010869", "13800000301", "湖南省民政厅", "长沙市天心区香樟东路22号", "410004");
        accounts.addUser(school.getId(), "hnteacher", "刘老师", "13800000302", PASSWORD,
                List.of(CreditBankGroups.INSTITUTION_USER, CreditBankGroups.CONVERSION_APPROVAL));
        Achievement diploma = store(school, certificate("现代物流管理专业毕业证书（高职）", school.getName(), "高职（专科）",
                "财经商贸大类", "物流类", "现代物流管理", "530802", new BigDecimal("3"), new BigDecimal("120")));
        Achievement course = store(school, course("物流信息技术", school.getName(), new BigDecimal("64"), new BigDecimal("4")));
        Achievement qualification = store(school, nonDegree("物流服务师（四级）", AchievementSubtype.NATIONAL_QUALIFICATION,
                "湖南省职业技能鉴定中心", "四级"));
        ApplicantPrincipal zhangWei = demoApplicants.ensureVerified("张伟", "13900000101", PASSWORD, "110101199803151231");
        Learner zhang = learner(school, "张伟", "110101199803151231");
        zhang.activate(zhangWei.applicantId(), clock.instant());
        learners.save(zhang);
        Learner wang = learner(school, "王晓燕", "430102200103154526");
        Learner chen = learner(school, "陈俊杰", "430103200205208915");
        award(diploma, zhang, "HNMZ2024000101", LocalDate.of(2024, 6, 28));
        award(course, zhang, "HNMZ-KC-2023-0457", LocalDate.of(2023, 1, 10));
        award(diploma, wang, "HNMZ2024000102", LocalDate.of(2024, 6, 28));
        award(qualification, chen, "HN-WL4-2024-1183", LocalDate.of(2024, 11, 20));
    }

    private void guangdong() {
        Institution school = register("4144012345", "13800000401", "广东省教育厅", "广州市番禺区市良路1342号", "511483");
        accounts.addUser(school.getId(), "gdteacher", "黄老师", "13800000402", PASSWORD,
                List.of(CreditBankGroups.INSTITUTION_USER));
        Achievement diploma = store(school, certificate("软件技术专业毕业证书（高职）", school.getName(), "高职（专科）",
                "电子与信息大类", "计算机类", "软件技术", "510203", new BigDecimal("3"), new BigDecimal("128")));
        Achievement skill = store(school, nonDegree("Web前端开发职业技能等级证书（中级）", AchievementSubtype.OTHER_NON_DEGREE,
                school.getName(), "中级"));
        Learner li = learner(school, "李明轩", "440113200204153312");
        Learner zhou = learner(school, "周雨桐", "440106200109082225");
        award(diploma, li, "GZPY2024003301", LocalDate.of(2024, 6, 30));
        award(skill, li, "GZPY-WEB-2023-0088", LocalDate.of(2023, 12, 15));
        award(diploma, zhou, "GZPY2024003302", LocalDate.of(2024, 6, 30));
    }

    private Institution register(String schoolCode, String phone, String supervisingUnit, String address,
                                 String postalCode) {
        School school = schools.findBySchoolCode(schoolCode).orElseThrow();
        Institution institution = accounts.open(school, PASSWORD, phone);
        institution.recordRegistrant("王登记", "430102198507124518", clock.instant());
        institution.updateDetails(new InstitutionDetails(supervisingUnit, null, school.getSchoolType(), "张校长",
                "王老师", phone, "creditbank@example.cn", postalCode, address, "职业教育、继续教育与培训", null),
                true, clock.instant());
        return institutions.save(institution);
    }

    private Achievement store(Institution school, AchievementData data) {
        return achievements.save(new Achievement(school.getId(), data, InstitutionAccounts.administratorLogin(
                schools.findBySchoolCode(school.getSchoolCode()).orElseThrow()), clock.instant()));
    }

    private Learner learner(Institution school, String name, String idNumber) {
        return learners.save(new Learner(school.getId(), name, idNumber, clock.instant()));
    }

    private void award(Achievement achievement, Learner learner, String personalNo, LocalDate issued) {
        learnerAchievements.save(new LearnerAchievement(achievement, learner, personalNo, issued,
                LocalDate.now(clock).getYear(), achievement.getCreatedBy(), clock.instant()));
    }

    private static AchievementData certificate(String name, String issuer, String level, String discipline,
                                               String majorClass, String major, String majorCode, BigDecimal years,
                                               BigDecimal minimumCredits) {
        return new AchievementData(name, AchievementSubtype.VOCATIONAL_CERTIFICATE, issuer, level, discipline, majorClass,
                major, majorCode, "毕业", years, null, null, minimumCredits, LocalDate.of(2024, 6, 1),
                "完成" + major + "专业人才培养方案规定的全部课程，成绩合格，准予毕业。");
    }

    private static AchievementData course(String name, String issuer, BigDecimal hours, BigDecimal credits) {
        return new AchievementData(name, AchievementSubtype.VOCATIONAL_COURSE, issuer, null, null, null, null, null,
                null, null, hours, credits, null, LocalDate.of(2023, 1, 1),
                "专业核心课程：物流信息系统、条码与射频技术、仓储管理系统实训。");
    }

    private static AchievementData nonDegree(String name, AchievementSubtype subtype, String issuer, String level) {
        return new AchievementData(name, subtype, issuer, level, null, null, null, null, null, null, null, null, null,
                LocalDate.of(2024, 1, 1), "按国家职业标准考核合格，取得相应等级。");
    }
}
