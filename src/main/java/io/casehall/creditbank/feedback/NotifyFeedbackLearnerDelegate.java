package io.casehall.creditbank.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知学员: tells the learner the institution's answer (once, however often the job is retried). */
@Component("notifyFeedbackLearner")
class NotifyFeedbackLearnerDelegate implements JavaDelegate {

    private final AchievementFeedbacks feedbacks;

    NotifyFeedbackLearnerDelegate(AchievementFeedbacks feedbacks) {
        this.feedbacks = feedbacks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        feedbacks.notifyLearner(((Number) execution.getVariable(AchievementFeedbackProcess.FEEDBACK_ID)).longValue());
    }
}
