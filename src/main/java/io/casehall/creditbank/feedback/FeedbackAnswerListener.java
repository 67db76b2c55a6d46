package io.casehall.creditbank.feedback;

import io.casehall.shared.web.UserFacingException;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On completing {@code Task_AnswerFeedback} (the institution's page or Tasklist): refuses an answer without outcome
 * or reply (a message the form shows), else records it with the person who gave it.
 */
@Component("feedbackAnswerListener")
class FeedbackAnswerListener implements TaskListener {

    private final AchievementFeedbacks feedbacks;
    private final MessageSource messages;

    FeedbackAnswerListener(AchievementFeedbacks feedbacks, MessageSource messages) {
        this.feedbacks = feedbacks;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable(AchievementFeedbackProcess.OUTCOME);
        Object reply = task.getVariable(AchievementFeedbackProcess.REPLY);
        Authentication who = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String userId = who != null ? who.getUserId() : task.getAssignee();
        Long feedbackId = ((Number) task.getVariable(AchievementFeedbackProcess.FEEDBACK_ID)).longValue();
        try {
            feedbacks.recordAnswer(feedbackId, outcome == null ? null : outcome.toString(),
                    reply == null ? null : reply.toString(), userId);
        } catch (UserFacingException refusal) {
            throw new BadUserRequestException(messages.getMessage(refusal.messageKey(), refusal.args(),
                    Locale.SIMPLIFIED_CHINESE));
        }
    }
}
