package io.casehall.creditbank.demo;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.DemoApplicants;
import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerAchievement;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.creditbank.conversion.CreditConversionProcess;
import io.casehall.creditbank.method.ConversionMethod;
import io.casehall.creditbank.method.ConversionMethodRepository;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.creditbank.rule.ConversionRuleRepository;
import io.casehall.creditbank.rule.ConversionRuleType;
import io.casehall.creditbank.rule.RuleSource;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.FileKind;
import io.casehall.creditbank.InstitutionFiles;
import io.casehall.shared.numbering.BusinessNumbers;
import io.casehall.shared.security.Actor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's credit conversion (P5, part 2), after {@link CreditBankDemoData}: 广州番禺职业技术学院 stores a logistics
 * skill certificate held by six of its learners (the demo graduate 张伟 among them, so he can apply in the portal);
 * 长沙民政职业技术学院 has published its conversion method and a rule turning that certificate into its 现代物流管理
 * major and 物流信息技术 course. Applying, approving and the records are left to the person trying the demo.
 */
@Component
@Profile("demo")
class ConversionDemoData {

    private static final Logger log = LoggerFactory.getLogger(ConversionDemoData.class);
    private static final String HUNAN = "4143010869";
    private static final String GUANGDONG = "4144012345";

    private final InstitutionRepository institutions;
    private final AchievementRepository achievements;
    private final LearnerRepository learners;
    private final LearnerAchievementRepository learnerAchievements;
    private final ConversionMethodRepository methods;
    private final ConversionRuleRepository rules;
    private final DocumentStore documents;
    private final BusinessNumbers numbers;
    private final DemoApplicants demoApplicants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConversionDemoData(InstitutionRepository institutions, AchievementRepository achievements,
                       LearnerRepository learners, LearnerAchievementRepository learnerAchievements,
                       ConversionMethodRepository methods, ConversionRuleRepository rules, DocumentStore documents,
                       BusinessNumbers numbers, DemoApplicants demoApplicants, TransactionTemplate transaction,
                       Clock clock) {
        this.institutions = institutions;
        this.achievements = achievements;
        this.learners = learners;
        this.learnerAchievements = learnerAchievements;
        this.methods = methods;
        this.rules = rules;
        this.documents = documents;
        this.numbers = numbers;
        this.demoApplicants = demoApplicants;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Order(121)
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        try {
            transaction.executeWithoutResult(status -> {
                Institution hunan = institutions.findBySchoolCode(HUNAN).orElse(null);
                Institution guangdong = institutions.findBySchoolCode(GUANGDONG).orElse(null);
                if (hunan == null || guangdong == null
                        || !methods.findByInstitutionIdOrderByUploadedAtDesc(hunan.getId()).isEmpty()) {
                    return;
                }
                Achievement certificate = certificateHolders(guangdong);
                publish(hunan, certificate);
            });
        } catch (RuntimeException e) {
            log.warn("Credit conversion demo data could not be loaded", e);
        }
    }

    private Achievement certificateHolders(Institution school) {
        Achievement certificate = achievements.save(new Achievement(school.getId(), new AchievementData(
                "物流管理职业技能等级证书（中级）", AchievementSubtype.SKILL_LEVEL_MOHRSS, "广东省职业技能鉴定指导中心", "中级",
                null, null, null, null, null, null, null, null, null, LocalDate.of(2023, 9, 1),
                "物流管理职业技能等级标准（中级）考核合格。"), GUANGDONG, clock.instant()));
        ApplicantPrincipal zhangWei = demoApplicants.ensureVerified("张伟", "13900000101", CreditBankDemoData.PASSWORD,
                "110101199803151231");
        String[][] people = {
                {"张伟", "110101199803151231"}, {"李明轩", "440113200204153312"}, {"周雨桐", "440106200109082225"},
                {"黄嘉豪", "440104200207114515"}, {"林诗琪", "440105200112263426"}, {"何志远", "44011120030501663X"}};
        int n = 1;
        for (String[] person : people) {
            Learner learner = learners.findByInstitutionIdAndIdNumber(school.getId(), person[1])
                    .orElseGet(() -> learners.save(new Learner(school.getId(), person[0], person[1], clock.instant())));
            if (person[0].equals("张伟")) {
                learner.activate(zhangWei.applicantId(), clock.instant());
                learners.save(learner);
            }
            learnerAchievements.save(new LearnerAchievement(certificate, learner, "GZPY-WL-2024-%04d".formatted(n++),
                    LocalDate.of(2024, 5, 20), LocalDate.now(clock).getYear(), GUANGDONG, clock.instant()));
        }
        return certificate;
    }

    private void publish(Institution school, Achievement source) {
        List<Achievement> own = achievements.findAll().stream()
                .filter(a -> a.getInstitutionId().equals(school.getId())).toList();
        Achievement major = own.stream().filter(a -> a.getSubtype().isDegreeCertificate()).findFirst().orElseThrow();
        Achievement course = own.stream().filter(a -> a.getSubtype().isCourse()).findFirst().orElseThrow();
        Actor admin = Actor.of(Actor.Kind.INSTITUTION, HUNAN);
        var methodFile = documents.storeGenerated(admin, "conversion-document", "长沙民政职业技术学院学分转换办法.pdf",
                FileKind.PDF, pdf("Changsha Social Work College - credit conversion method (demo document)"));
        documents.attachToCase(methodFile.getId(), InstitutionFiles.caseKeyOf(school.getId()));
        ConversionMethod method = new ConversionMethod(school.getId(), "长沙民政职业技术学院学分转换办法",
                methodFile.getId(), methodFile.getOriginalName(), HUNAN, clock.instant());
        method.publish(clock.instant());
        methods.save(method);

        var ruleFile = documents.storeGenerated(admin, "conversion-document", "物流管理证书转换规则.pdf", FileKind.PDF,
                pdf("Conversion rule: logistics skill certificate (intermediate) -> logistics major and course (demo)"));
        documents.attachToCase(ruleFile.getId(), InstitutionFiles.caseKeyOf(school.getId()));
        ConversionRule rule = new ConversionRule(school.getId(), numbers.next(CreditConversionProcess.RULE_NUMBER_SERIES),
                HUNAN, clock.instant());
        rule.define(ConversionRuleType.NON_DEGREE_TO_DEGREE, List.of(new RuleSource(source.getId(),
                        source.getInstitutionId(), new BigDecimal("4"))), major.getId(), course.getId(),
                "持有物流管理职业技能等级证书（中级）的学员，可申请将其转换为本校现代物流管理专业《物流信息技术》课程的学分（4学分），"
                        + "免修该课程。", ruleFile.getId(), ruleFile.getOriginalName(), clock.instant());
        rule.publish(clock.instant());
        rules.save(rule);
    }

    private static byte[] pdf(String line) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(60, 720);
                content.showText(line);
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
