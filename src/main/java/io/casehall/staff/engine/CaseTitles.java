package io.casehall.staff.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Staff can tell tasks apart without opening them: every staff task (a user task with candidate groups) is named
 * "step｜case", e.g. "审核申请｜20261202-0001 张伟", from the process variable {@value #VARIABLE} that each procedure
 * sets when it starts a case. Tasklist shows the name on the card and in the task header. Done at parse time for
 * every model, so a step an administrator adds in Modeler is named the same way and the diagram keeps its labels.
 */
class CaseTitles extends AbstractBpmnParseListener implements TaskListener {

    /** Process variable with what identifies the case to staff (number and applicant; student and plan). */
    static final String VARIABLE = "caseTitle";
    static final String SEPARATOR = "｜";
    private static final int MAX_NAME = 255;

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            TaskDefinition task = behavior.getTaskDefinition();
            if (!task.getCandidateGroupIdExpressions().isEmpty()) {
                task.addTaskListener(EVENTNAME_CREATE, this);
            }
        }
    }

    @Override
    public void notify(DelegateTask task) {
        Object title = task.getVariable(VARIABLE);
        String name = task.getName();
        if (title == null || title.toString().isBlank() || name == null || name.contains(SEPARATOR)) {
            return;
        }
        String titled = name + SEPARATOR + title.toString().strip();
        task.setName(titled.length() > MAX_NAME ? titled.substring(0, MAX_NAME) : titled);
    }
}
