package io.casehall.creditbank.achievement;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.CreditBankGroups;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerAchievementStatus;
import io.casehall.creditbank.RecognitionStatus;
import io.casehall.creditbank.messages.InstitutionMessages;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.notification.Notice;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 成果认定: an institution applies for the recognition of its achievement, the credit bank's staff decide in
 * Tasklist (process {@value AchievementRecognitionProcess#KEY}), and the decision moves the learners' achievements.
 */
@Service
public class AchievementRecognitions {

    private final InstitutionAchievements institutionAchievements;
    private final AchievementRepository achievements;
    private final LearnerAchievementRepository learnerAchievements;
    private final RuntimeService runtimeService;
    private final AuditLog audit;
    private final InstitutionMessages institutionMessages;

    AchievementRecognitions(InstitutionAchievements institutionAchievements, AchievementRepository achievements,
                            LearnerAchievementRepository learnerAchievements, RuntimeService runtimeService,
                            AuditLog audit, InstitutionMessages institutionMessages) {
        this.institutionAchievements = institutionAchievements;
        this.achievements = achievements;
        this.learnerAchievements = learnerAchievements;
        this.runtimeService = runtimeService;
        this.audit = audit;
        this.institutionMessages = institutionMessages;
    }

    /**
     * 申请认定: a 未认定 achievement goes to the credit bank's staff (process {@value AchievementRecognitionProcess#KEY},
     * without tenant) and is 认定中 until they decide.
     */
    @Transactional
    public Achievement applyRecognition(InstitutionPrincipal me, long achievementId) {
        Achievement achievement = institutionAchievements.find(me.institutionId(), achievementId);
        if (achievement.getRecognition() != RecognitionStatus.UNRECOGNISED) {
            throw new UserFacingException("creditbank.achievement.recognition.notUnrecognised",
                    new DefaultMessageSourceResolvable(achievement.getRecognition().messageKey()));
        }
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(AchievementRecognitionProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey(AchievementRecognitionProcess.businessKey(achievementId))
                .setVariables(Variables.createVariables()
                        .putValue(AchievementRecognitionProcess.VAR_ACHIEVEMENT_ID, achievementId)
                        .putValue(AchievementRecognitionProcess.VAR_ACHIEVEMENT_NAME, achievement.getName())
                        .putValue(AchievementRecognitionProcess.VAR_SUBTYPE, achievement.getSubtype().label())
                        .putValue(AchievementRecognitionProcess.VAR_INSTITUTION_ID, me.institutionId())
                        .putValue(AchievementRecognitionProcess.VAR_INSTITUTION_NAME, me.institutionName())
                        .putValue(AchievementRecognitionProcess.VAR_SUMMARY, summary(achievement)))
                .execute();
        achievement.recognitionStarted(instance.getId());
        achievements.saveAndFlush(achievement);
        audit.record(me, "CREDITBANK_ACHIEVEMENT_RECOGNITION_REQUESTED", "creditbank-achievement", achievementId,
                instance.getId());
        return achievement;
    }

    /**
     * The credit bank's decision (the process's service task): recognised, and then the learners' achievements move
     * from 机构存储 to 学分银行存储; or back to 未认定 with the remark.
     */
    @Transactional
    public void recordRecognition(long achievementId, boolean recognised, String remark, String decidedBy) {
        Achievement achievement = achievements.findById(achievementId).orElseThrow(NotFoundException::new);
        if (achievement.getRecognition() != RecognitionStatus.RECOGNISING) {
            return; // a retried job after the decision was recorded
        }
        achievement.recognitionDecided(recognised, remark);
        achievements.save(achievement);
        int moved = 0;
        if (recognised) {
            moved = learnerAchievements.moveStatus(achievementId, LearnerAchievementStatus.INSTITUTION_STORED,
                    LearnerAchievementStatus.BANK_STORED);
        }
        audit.record(decidedBy == null ? Actor.SYSTEM : Actor.of(Actor.Kind.STAFF, decidedBy),
                recognised ? "CREDITBANK_ACHIEVEMENT_RECOGNISED" : "CREDITBANK_ACHIEVEMENT_NOT_RECOGNISED", "creditbank-achievement",
                achievementId, recognised ? "learnerAchievementsMoved=" + moved : remark);
        institutionMessages.notifyInstitution(achievement.getInstitutionId(), CreditBankGroups.INSTITUTION_USER,
                Notice.of("creditbank-recognition-" + achievement.getRecognitionProcessId(),
                        recognised ? "creditbank.achievement.recognisedNotice" : "creditbank.achievement.notRecognisedNotice",
                        "/institution/achievements/" + achievementId, achievement.getName(),
                        remark == null ? "" : remark));
    }

    /** The achievement's fields as the recognition form shows them (one line each). */
    static String summary(Achievement achievement) {
        AchievementData data = achievement.data();
        StringBuilder text = new StringBuilder();
        text.append("成果类型：").append(achievement.getCategory().label()).append(" / ")
                .append(achievement.getSubtype().label()).append('\n');
        for (AchievementRules.Field field : AchievementRules.fieldsOf(achievement.getSubtype())) {
            Object value = AchievementView.value(data, field);
            if (value != null) {
                text.append(field.label(achievement.getSubtype())).append('：').append(value).append('\n');
            }
        }
        return text.toString().strip();
    }
}
