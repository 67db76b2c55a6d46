package io.casehall.creditbank.feedback;

import io.casehall.account.AccountService;
import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.CreditBankGroups;
import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.Learner;
import io.casehall.creditbank.LearnerAchievement;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerRepository;
import io.casehall.creditbank.messages.InstitutionMessages;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.notification.NotificationService;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 问题反馈: a learner's feedback on one of their own achievements starts {@link AchievementFeedbackProcess} in the
 * institution's tenant and tells the institution's users; the institution answers on its page (completing the
 * Tasklist task as the signed-in user, so the engine's checks apply) or in Tasklist — either way the answer is
 * recorded by the task's complete listener and the learner is told.
 */
@Service
public class AchievementFeedbacks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FeedbackRepository feedbacks;
    private final LearnerRepository learners;
    private final LearnerAchievementRepository learnerAchievements;
    private final AchievementRepository achievements;
    private final InstitutionRepository institutions;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final InstitutionMessages institutionMessages;
    private final NotificationService notifications;
    private final AccountService accounts;
    private final MessageSource messages;
    private final AuditLog auditLog;
    private final Clock clock;

    AchievementFeedbacks(FeedbackRepository feedbacks, LearnerRepository learners,
                         LearnerAchievementRepository learnerAchievements, AchievementRepository achievements,
                         InstitutionRepository institutions, RuntimeService runtimeService, TaskService taskService,
                         IdentityService identityService, InstitutionMessages institutionMessages,
                         NotificationService notifications, AccountService accounts, MessageSource messages,
                         AuditLog auditLog, Clock clock) {
        this.feedbacks = feedbacks;
        this.learners = learners;
        this.learnerAchievements = learnerAchievements;
        this.achievements = achievements;
        this.institutions = institutions;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.institutionMessages = institutionMessages;
        this.notifications = notifications;
        this.accounts = accounts;
        this.messages = messages;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A learner achievement of the applicant's own (activated) learner accounts, with its achievement's name. */
    public record OwnAchievement(LearnerAchievement learnerAchievement, String achievementName,
                                 String institutionName) {
    }

    /** The applicant's own learner achievement, or not found (anyone else's included). */
    @Transactional(readOnly = true)
    public OwnAchievement ownAchievement(Long applicantId, Long learnerAchievementId) {
        List<Long> learnerIds = learners.findByApplicantId(applicantId).stream().map(Learner::getId).toList();
        LearnerAchievement la = learnerAchievements.findById(learnerAchievementId)
                .filter(found -> learnerIds.contains(found.getLearnerId()))
                .orElseThrow(NotFoundException::new);
        String achievementName = achievements.findById(la.getAchievementId()).map(Achievement::getName).orElse("");
        String institutionName = institutions.findById(la.getInstitutionId()).map(Institution::getName).orElse("");
        return new OwnAchievement(la, achievementName, institutionName);
    }

    /** The learner's feedback: recorded, its process started, the institution's users told. */
    @Transactional
    public Feedback submit(Long applicantId, Long learnerAchievementId, FeedbackCategory category, String content) {
        OwnAchievement own = ownAchievement(applicantId, learnerAchievementId);
        if (category == null) {
            throw new UserFacingException("creditbank.feedback.categoryRequired");
        }
        String text = content == null ? "" : content.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("creditbank.feedback.contentRequired");
        }
        if (text.length() > Feedback.MAX_TEXT) {
            throw new UserFacingException("creditbank.feedback.contentTooLong", Feedback.MAX_TEXT);
        }
        LearnerAchievement la = own.learnerAchievement();
        Institution institution = institutions.findById(la.getInstitutionId()).orElseThrow(NotFoundException::new);
        Feedback feedback = feedbacks.saveAndFlush(new Feedback(la.getInstitutionId(), la.getId(), applicantId,
                la.getLearnerName(), la.getIdNumber(), own.achievementName(), category, text, clock.instant()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(StartVariableTenantIdProvider.TENANT_ID, institution.getTenantId());
        variables.put(AchievementFeedbackProcess.CASE_TITLE, la.getLearnerName() + " · " + own.achievementName());
        variables.put(AchievementFeedbackProcess.FEEDBACK_ID, feedback.getId());
        variables.put(AchievementFeedbackProcess.LEARNER_NAME, la.getLearnerName());
        variables.put(AchievementFeedbackProcess.ACHIEVEMENT_NAME, own.achievementName());
        variables.put(AchievementFeedbackProcess.CATEGORY, label(category.labelKey()));
        variables.put(AchievementFeedbackProcess.CONTENT, text);
        variables.put(AchievementFeedbackProcess.SUBMITTED_AT,
                DAY.withZone(clock.getZone()).format(feedback.getCreatedAt()));
        String processInstanceId = runtimeService.startProcessInstanceByKey(AchievementFeedbackProcess.KEY,
                AchievementFeedbackProcess.businessKey(feedback.getId()), variables).getId();
        feedback.started(processInstanceId);
        institutionMessages.notifyInstitution(la.getInstitutionId(), CreditBankGroups.INSTITUTION_USER,
                Notice.of("cb-feedback-" + feedback.getId(), "creditbank.feedback.arrivedNotice",
                        "/institution/feedback/" + feedback.getId(), la.getLearnerName(), own.achievementName(),
                        label(category.labelKey())));
        auditLog.record(Actor.of(Actor.Kind.APPLICANT, String.valueOf(applicantId)), "CREDITBANK_FEEDBACK_SUBMITTED",
                "creditbank-feedback", feedback.getId(), category.name());
        return feedback;
    }

    @Transactional(readOnly = true)
    public List<Feedback> ofApplicant(Long applicantId) {
        return feedbacks.findByApplicantIdOrderByIdDesc(applicantId);
    }

    /** The institution's feedback, filtered by the day it was given (from–to, inclusive) and status; newest first. */
    @Transactional(readOnly = true)
    public Page<Feedback> search(InstitutionPrincipal me, LocalDate from, LocalDate to, FeedbackStatus status,
                                 int page) {
        Long institutionId = me.institutionId();
        Instant fromInstant = from == null ? null : from.atStartOfDay(clock.getZone()).toInstant();
        Instant toInstant = to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Specification<Feedback> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("institutionId"), institutionId));
            if (fromInstant != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), fromInstant));
            }
            if (toInstant != null) {
                where.add(cb.lessThan(root.get("createdAt"), toInstant));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return feedbacks.findAll(spec, PageRequest.of(Math.max(page, 0), 10,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
    }

    /** The institution's feedback, or not found (another institution's included). */
    @Transactional(readOnly = true)
    public Feedback find(InstitutionPrincipal me, Long id) {
        return feedbacks.findByIdAndInstitutionId(id, me.institutionId()).orElseThrow(NotFoundException::new);
    }

    /**
     * 去处理 on the institution's page: completes the feedback's Tasklist task as the signed-in user (engine
     * authorizations and the tenant check apply), with the variables the Tasklist form would submit.
     */
    public void answer(InstitutionPrincipal me, Long id, FeedbackStatus outcome, String reply) {
        Feedback feedback = find(me, id);
        if (!feedback.isOpen() || feedback.getProcessInstanceId() == null) {
            throw new UserFacingException("creditbank.feedback.alreadyAnswered");
        }
        checkAnswer(outcome == null ? null : outcome.name(), reply);
        Task task = taskService.createTaskQuery().processInstanceId(feedback.getProcessInstanceId())
                .taskDefinitionKey(AchievementFeedbackProcess.TASK_ANSWER).singleResult();
        if (task == null) {
            throw new UserFacingException("creditbank.feedback.alreadyAnswered");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(AchievementFeedbackProcess.OUTCOME, outcome.name());
        variables.put(AchievementFeedbackProcess.REPLY, reply.strip());
        identityService.setAuthentication(me.userId(), me.groupIds(), List.of(me.tenantId()));
        try {
            taskService.complete(task.getId(), variables);
        } catch (org.camunda.bpm.engine.AuthorizationException notTheirs) {
            throw new NotFoundException();
        } catch (org.camunda.bpm.engine.exception.NullValueException
                 | org.camunda.bpm.engine.BadUserRequestException gone) {
            throw new UserFacingException("creditbank.feedback.alreadyAnswered");
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The form's rule, shared by the page and the task's complete listener: an outcome, and a reply ≤ 500. */
    static void checkAnswer(String outcome, String reply) {
        if (!FeedbackStatus.RESOLVED.name().equals(outcome) && !FeedbackStatus.REJECTED.name().equals(outcome)) {
            throw new UserFacingException("creditbank.feedback.outcomeRequired");
        }
        if (reply == null || reply.isBlank()) {
            throw new UserFacingException("creditbank.feedback.replyRequired");
        }
        if (reply.strip().length() > Feedback.MAX_TEXT) {
            throw new UserFacingException("creditbank.feedback.replyTooLong", Feedback.MAX_TEXT);
        }
    }

    /** Records the answer given in the task (page or Tasklist); called by the task's complete listener. */
    @Transactional
    public void recordAnswer(Long feedbackId, String outcome, String reply, String userId) {
        checkAnswer(outcome, reply);
        Feedback feedback = feedbacks.findById(feedbackId).orElseThrow(NotFoundException::new);
        if (!feedback.isOpen()) {
            return;
        }
        feedback.answered(FeedbackStatus.valueOf(outcome), reply.strip(), userId, clock.instant());
        auditLog.record(Actor.of(Actor.Kind.INSTITUTION, userId == null ? "engine" : userId), "CREDITBANK_FEEDBACK_ANSWERED",
                "creditbank-feedback", feedbackId, outcome);
    }

    /** Tells the learner the answer (message centre, and e-mail / SMS as registered); sent once. */
    @Transactional
    public void notifyLearner(Long feedbackId) {
        Feedback feedback = feedbacks.findById(feedbackId).orElseThrow(NotFoundException::new);
        notifications.notify(accounts.recipientOf(feedback.getApplicantId()),
                Notice.of("cb-feedback-answered-" + feedbackId, "creditbank.feedback.answeredNotice",
                        "/achievements/feedback", feedback.getAchievementName(),
                        label(feedback.getStatus().labelKey()), feedback.getReply()));
    }

    private String label(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
