package io.casehall.qualification.campaign;

import io.casehall.qualification.QualificationReviewProcess;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Keeps the campaign process's timers in step with the window ends: the end variable (what a timer not yet
 * reached will read) and, when the process already waits at that timer, the timer job's due date.
 */
@Component
class WindowTimers {

    private final RuntimeService runtime;
    private final ManagementService management;

    WindowTimers(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    void move(String processInstanceId, String timerActivityId, String variable, Instant end) {
        if (processInstanceId == null) {
            return;
        }
        Date due = Date.from(end);
        runtime.setVariable(processInstanceId, variable, due);
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).activityId(timerActivityId)
                .timers().singleResult();
        if (timer != null) {
            management.setJobDuedate(timer.getId(), due);
        }
    }

    void moveGraduateWindowEnd(String processInstanceId, Instant end) {
        move(processInstanceId, QualificationReviewProcess.TIMER_GRADUATE_WINDOW_END,
                QualificationReviewProcess.VAR_GRADUATE_WINDOW_END, end);
    }

    void moveCollegeWindowEnd(String processInstanceId, Instant end) {
        move(processInstanceId, QualificationReviewProcess.TIMER_COLLEGE_WINDOW_END,
                QualificationReviewProcess.VAR_COLLEGE_WINDOW_END, end);
    }
}
