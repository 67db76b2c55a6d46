package io.casehall.creditbank.conversion;

import static io.casehall.creditbank.conversion.CreditConversionProcess.*;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.creditbank.conversion.ConversionCandidates.Candidate;
import io.casehall.creditbank.conversion.ConversionCandidates.Filter;
import io.casehall.creditbank.conversion.ConversionEligibility.Facts;
import io.casehall.creditbank.conversion.ConversionEligibility.Verdict;
import io.casehall.creditbank.feedback.StartVariableTenantIdProvider;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.creditbank.rule.ConversionRuleRepository;
import io.casehall.creditbank.rule.RuleStatus;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversion applications: a learner applies in the portal for a published rule, or the institution holding the
 * source achievement applies for a batch of its learners (与我相关的转换规则 → 申请转换). Every learner is judged by the
 * DMN {@code conversionEligibility}; the eligible ones become one application, one {@code creditConversion}
 * instance in the receiving institution's tenant.
 */
@Service
public class ConversionApplications {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The application started (null when none was), how many learners it has, and the refused per reason key. */
    public record Outcome(Long applicationId, int accepted, Map<String, Integer> refused) {
    }

    private final ConversionRuleRepository rules;
    private final ConversionApplicationRepository applications;
    private final ConversionCandidates candidates;
    private final ConversionEligibility eligibility;
    private final ConversionItemWriter items;
    private final ConversionSummaries summaries;
    private final LearnerRepository learners;
    private final InstitutionRepository institutions;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    ConversionApplications(ConversionRuleRepository rules, ConversionApplicationRepository applications,
                           ConversionCandidates candidates, ConversionEligibility eligibility,
                           ConversionItemWriter items, ConversionSummaries summaries, LearnerRepository learners,
                           InstitutionRepository institutions, RuntimeService runtime, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.applications = applications;
        this.candidates = candidates;
        this.eligibility = eligibility;
        this.items = items;
        this.summaries = summaries;
        this.learners = learners;
        this.institutions = institutions;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A rule of another institution that uses one of mine as a source (与我相关), as the 申请转换 page shows it. Only
     * published rules are related: a 未发布 rule is nobody's business but its author's.
     */
    public ConversionRule relatedRule(InstitutionPrincipal me, Long ruleId) {
        return rules.findById(ruleId)
                .filter(ConversionRule::isPublished)
                .filter(rule -> !ConversionCandidates.sourcesOf(rule, me.institutionId()).isEmpty())
                .orElseThrow(NotFoundException::new);
    }

    /** The learner's own application in the portal; refused with the table's reason when not eligible. */
    @Transactional
    public Outcome applyAsLearner(ApplicantPrincipal me, Long ruleId) {
        ConversionRule rule = rules.findById(ruleId).filter(r -> r.getStatus() != RuleStatus.DRAFT)
                .orElseThrow(NotFoundException::new);
        List<Candidate> held = heldBy(me.applicantId(), rule);
        Set<String> idNumbers = held.stream().map(Candidate::idNumber).collect(Collectors.toSet());
        Map<String, ConversionItemStatus> existing = candidates.existing(rule.getId(), idNumbers);
        boolean holdsAll = !held.isEmpty() && held.stream().map(Candidate::achievementId).collect(Collectors.toSet())
                .containsAll(rule.sourceAchievementIds());
        Verdict verdict = eligibility.evaluate(new Facts(rule.isPublished(), holdsAll,
                idNumbers.stream().anyMatch(id -> existing.get(id) == ConversionItemStatus.PASSED),
                idNumbers.stream().anyMatch(id -> existing.get(id) == ConversionItemStatus.PENDING)));
        if (!verdict.eligible()) {
            throw new UserFacingException(verdict.refusalKey());
        }
        Candidate learner = firstSource(rule, held);
        Instant now = clock.instant();
        ConversionApplication application = applications.save(ConversionApplication.personal(rule.getId(),
                rule.getCode(), rule.getInstitutionId(), me.applicantId(), learner.learnerName(), now, year(now)));
        start(application, rule, List.of(learner));
        audit.record(me, "CONVERSION_APPLIED", "conversion-application", application.getId(), rule.getCode());
        return new Outcome(application.getId(), 1, Map.of());
    }

    /**
     * The institution's batch: the ticked learners, or when none is ticked every learner matching the filter (the
     * seed: 根据列表中的查询条件，共选择学员N名). Learners the table refuses are counted per reason and left out.
     */
    @Transactional
    public Outcome applyForBatch(InstitutionPrincipal me, Long ruleId, Collection<Long> ticked, Filter filter) {
        ConversionRule rule = relatedRule(me, ruleId);
        List<Candidate> chosen = ticked == null || ticked.isEmpty()
                ? candidates.all(rule, me.institutionId(), filter)
                : candidates.ticked(rule, me.institutionId(), ticked);
        if (chosen.isEmpty()) {
            throw new UserFacingException("creditbank.conversion.batch.noneChosen");
        }
        Set<String> idNumbers = chosen.stream().map(Candidate::idNumber).collect(Collectors.toSet());
        Set<String> holdingAll = candidates.holdingAll(rule, idNumbers);
        Map<String, ConversionItemStatus> existing = candidates.existing(rule.getId(), idNumbers);
        Function<Facts, Verdict> judge = eligibility.forBatch();
        List<Candidate> accepted = new ArrayList<>(chosen.size());
        Map<String, Integer> refused = new LinkedHashMap<>();
        for (Candidate c : chosen) {
            ConversionItemStatus before = existing.get(c.idNumber());
            Verdict verdict = judge.apply(new Facts(rule.isPublished(), holdingAll.contains(c.idNumber()),
                    before == ConversionItemStatus.PASSED, before == ConversionItemStatus.PENDING));
            if (verdict.eligible()) {
                accepted.add(c);
            } else {
                refused.merge(verdict.refusalKey(), 1, Integer::sum);
            }
        }
        if (accepted.isEmpty()) {
            return new Outcome(null, 0, refused);
        }
        Instant now = clock.instant();
        Institution mine = institutions.findById(me.institutionId()).orElseThrow(NotFoundException::new);
        String batchName = mine.getName() + LocalDate.ofInstant(now, CHINA) + " 批量学员转换";
        ConversionApplication application = applications.save(ConversionApplication.batch(rule.getId(),
                rule.getCode(), rule.getInstitutionId(), me.institutionId(), batchName, me.userId(), now, year(now)));
        start(application, rule, accepted);
        audit.record(me, "CONVERSION_BATCH_APPLIED", "conversion-application", application.getId(),
                rule.getCode() + " × " + accepted.size());
        return new Outcome(application.getId(), accepted.size(), refused);
    }

    private void start(ConversionApplication application, ConversionRule rule, List<Candidate> learners) {
        items.insert(application, learners);
        Institution target = institutions.findById(rule.getInstitutionId()).orElseThrow(NotFoundException::new);
        ProcessInstance instance = runtime.createProcessInstanceByKey(KEY)
                .businessKey(businessKey(application.getId()))
                .setVariables(Variables.createVariables()
                        .putValue(StartVariableTenantIdProvider.TENANT_ID, target.getTenantId())
                        .putValue(VAR_APPLICATION_ID, application.getId())
                        .putValue(VAR_RULE_CODE, rule.getCode())
                        .putValue(VAR_BATCH_NAME, application.getBatchName())
                        .putValue(VAR_LEARNER_COUNT, learners.size())
                        .putValue(VAR_CHANNEL_LABEL, application.getChannel() == ConversionChannel.PERSONAL
                                ? "个人申请" : "机构发起")
                        .putValue(VAR_SUMMARY, summaries.of(rule)))
                .execute();
        application.started(instance.getId(), learners.size());
    }

    /** The applicant's learner achievements (through their activated learner accounts) that are sources of the rule. */
    private List<Candidate> heldBy(Long applicantId, ConversionRule rule) {
        List<Learner> accounts = learners.findByApplicantId(applicantId);
        if (accounts.isEmpty()) {
            return List.of();
        }
        return candidates.heldByLearners(accounts.stream().map(Learner::getId).toList(), rule.sourceAchievementIds());
    }

    /** The learner achievement of the rule's first source: the one the records show as 源成果. */
    private static Candidate firstSource(ConversionRule rule, List<Candidate> held) {
        Long first = rule.sourceAchievementIds().get(0);
        return held.stream().filter(c -> c.achievementId().equals(first)).findFirst().orElse(held.get(0));
    }

    private static int year(Instant now) {
        return LocalDate.ofInstant(now, CHINA).getYear();
    }
}
