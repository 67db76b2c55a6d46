package io.casehall.qualification.process;

import io.casehall.qualification.QualificationReviewProcess;
import io.casehall.qualification.campaign.WindowClosing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseCollegeWindow}: the college window's timer fired. */
@Component(QualificationReviewProcess.BEAN_CLOSE_COLLEGE_WINDOW)
class CloseCollegeWindowDelegate implements JavaDelegate {

    private final WindowClosing closing;

    CloseCollegeWindowDelegate(WindowClosing closing) {
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closing.closeCollegeWindow(((Number) execution.getVariable(QualificationReviewProcess.VAR_CAMPAIGN_ID)).longValue());
    }
}
