package io.casehall.creditbank.rule;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.creditbank.commitment.PublishingCommitments;
import io.casehall.creditbank.method.ConversionMethod;
import io.casehall.creditbank.method.ConversionMethodRepository;
import io.casehall.shared.document.DocumentStore;
import io.casehall.shared.document.StoredDocument;
import io.casehall.shared.document.UploadPolicy;
import io.casehall.support.TestFiles;
import io.casehall.support.UniqueData;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Institutions, achievements, published methods and rules for the conversion rule tests. */
@Component
class RuleFixtures {

    private final TestInstitutions institutions;
    private final InstitutionDirectory directory;
    private final AchievementRepository achievements;
    private final ConversionMethodRepository methods;
    private final DocumentStore documents;
    private final PublishingCommitments commitments;
    private final ConversionRules rules;
    private final Clock clock;

    RuleFixtures(TestInstitutions institutions, InstitutionDirectory directory, AchievementRepository achievements,
                 ConversionMethodRepository methods, DocumentStore documents, PublishingCommitments commitments,
                 ConversionRules rules, Clock clock) {
        this.institutions = institutions;
        this.directory = directory;
        this.achievements = achievements;
        this.methods = methods;
        this.documents = documents;
        this.commitments = commitments;
        this.rules = rules;
        this.clock = clock;
    }

    /** A registered institution's administrator, who has accepted the publishing commitment. */
    InstitutionPrincipal institution(String name) {
        InstitutionPrincipal principal = newcomer(name);
        commitments.accept(principal);
        return principal;
    }

    /** A registered institution's administrator who has not yet accepted the publishing commitment. */
    InstitutionPrincipal newcomer(String name) {
        TestInstitutions.Registered registered = institutions.registered(name + UniqueData.schoolCode());
        return directory.principalOf(directory.user(registered.adminLogin()).orElseThrow());
    }

    static RequestPostProcessor as(InstitutionPrincipal principal) {
        List<String> authorities = new ArrayList<>(List.of("ROLE_INSTITUTION"));
        principal.groupIds().forEach(g -> authorities.add("GROUP_" + g));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                AuthorityUtils.createAuthorityList(authorities.toArray(String[]::new))));
    }

    /** A non-degree certificate (a source of non-degree-to-degree rules). */
    long nonDegreeCertificate(InstitutionPrincipal owner, String name) {
        return save(owner, new AchievementData(name, AchievementSubtype.OTHER_NON_DEGREE, owner.institutionName(),
                "高级", null, null, null, null, null, null, null, null, null, null, "测试证书"));
    }

    /** A degree certificate (a target major). */
    long degreeCertificate(InstitutionPrincipal owner, String name) {
        return save(owner, new AchievementData(name, AchievementSubtype.HIGHER_CERTIFICATE, owner.institutionName(),
                "本科", null, null, "经济统计学", "020102", "毕业", BigDecimal.valueOf(4), null, null,
                BigDecimal.valueOf(160), null, "测试专业"));
    }

    /** A degree course (a target course). */
    long course(InstitutionPrincipal owner, String name) {
        return save(owner, new AchievementData(name, AchievementSubtype.HIGHER_COURSE, owner.institutionName(),
                null, null, null, null, null, null, null, BigDecimal.valueOf(45), BigDecimal.valueOf(3), null, null,
                "测试课程"));
    }

    private long save(InstitutionPrincipal owner, AchievementData data) {
        return achievements.save(new Achievement(owner.institutionId(), data, owner.userId(), clock.instant()))
                .getId();
    }

    /** The institution's conversion method, stored and published directly. */
    void publishedMethod(InstitutionPrincipal owner) {
        StoredDocument document = pdf(owner);
        ConversionMethod method = new ConversionMethod(owner.institutionId(), "转换办法", document.getId(),
                "转换办法.pdf", owner.userId(), clock.instant());
        method.publish(clock.instant());
        methods.save(method);
    }

    StoredDocument pdf(InstitutionPrincipal owner) {
        return documents.store(owner, UploadPolicy.CONVERSION_DOCUMENT, "转换规则.pdf", TestFiles.pdf());
    }

    /** A non-degree-to-degree rule of {@code owner} with one source and a course target (published if asked). */
    ConversionRule rule(InstitutionPrincipal owner, long sourceId, long courseId, boolean publish) {
        ConversionRules.Content content = new ConversionRules.Content(ConversionRuleType.NON_DEGREE_TO_DEGREE.name(),
                List.of(new RuleForm.SourceLine(sourceId, "5")), null, courseId, "测试转换说明", true);
        return rules.create(owner, content, pdf(owner).getId(), publish);
    }
}
