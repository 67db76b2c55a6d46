package io.casehall.archive.process;

import io.casehall.archive.ArchiveLabels;
import io.casehall.archive.ArchiveUseProcess;
import io.casehall.archive.DeliveryMode;
import io.casehall.archive.content.ContentReadiness;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Server-side check of what staff submit in the archive's Camunda Forms (the browser's checks can be
 * skipped through the REST API): each form id has its rule. A refusal keeps the task open and shows the
 * message in Tasklist. Also records who completed the task, for the case's 处理人. On creation, the task gets the
 * case summary as it is now (a task-local variable the form shows).
 */
@Component(ArchiveUseProcess.BEAN_FORM_CHECK)
class StaffFormCheck implements TaskListener {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private final ContentReadiness readiness;
    private final ArchiveCaseWork work;
    private final ArchiveLabels labels;
    private final MessageSource messages;
    private final Map<String, Consumer<DelegateTask>> rules = Map.of(
            "archiveCheckRequest", this::checkRequest,
            "archiveRaiseCharge", this::raiseCharge,
            "archiveConfirmReceipt", this::confirmReceipt,
            "archivePrepareTranslation", this::prepareTranslation,
            "archiveAnswerCorrections", this::answerCorrections,
            "archiveProduceDocuments", this::produceDocuments,
            "archiveRefundFee", this::refundFee);

    StaffFormCheck(ContentReadiness readiness, ArchiveCaseWork work, ArchiveLabels labels, MessageSource messages) {
        this.readiness = readiness;
        this.work = work;
        this.labels = labels;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // The summary is read from the case record when the task is created, never frozen at the start.
            task.setVariableLocal(ArchiveUseProcess.VAR_SUMMARY, work.summary(applicationId(task)));
            Object mode = task.getVariable(ArchiveUseProcess.VAR_DELIVERY_MODE);
            if (mode != null) {
                task.setVariableLocal(ArchiveUseProcess.VAR_DELIVERY_MODE_LABEL, labels.delivery(DeliveryMode.valueOf(mode.toString())));
            }
            return;
        }
        FlowElement element = task.getBpmnModelElementInstance();
        String formRef = element == null ? null : element.getAttributeValueNs(CAMUNDA_NS, "formRef");
        Consumer<DelegateTask> rule = formRef == null ? null : rules.get(formRef);
        if (rule != null) {
            rule.accept(task);
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        task.getExecution().setVariable(ArchiveDelegates.VAR_HANDLED_BY, current == null ? null : current.getUserId());
    }

    private void checkRequest(DelegateTask task) {
        Object decision = task.getVariable(ArchiveUseProcess.VAR_CHECK_DECISION);
        if (!(ArchiveUseProcess.DECISION_ACCEPT.equals(decision) || ArchiveUseProcess.DECISION_REJECT.equals(decision)
                || ArchiveUseProcess.DECISION_RETURN.equals(decision))) {
            refuse("archive.form.decisionRequired");
        }
        String opinion = text(task, ArchiveUseProcess.VAR_CHECK_OPINION);
        if (!ArchiveUseProcess.DECISION_ACCEPT.equals(decision) && opinion.isEmpty()) {
            refuse("archive.form.opinionRequired");
        }
        if (opinion.length() > 500) {
            refuse("archive.form.tooLong", 500);
        }
    }

    private void raiseCharge(DelegateTask task) {
        Object amount = task.getVariable(ArchiveUseProcess.VAR_FEE_AMOUNT);
        if (!(amount instanceof Number number) || number.doubleValue() <= 0 || number.doubleValue() > 100000) {
            refuse("archive.form.amount");
        }
    }

    private void confirmReceipt(DelegateTask task) {
        if (!(task.getVariable(ArchiveUseProcess.VAR_RECEIPT_CONFIRMED) instanceof Boolean)) {
            refuse("archive.form.receiptRequired");
        }
    }

    private void prepareTranslation(DelegateTask task) {
        readiness.missingTranslation(applicationId(task)).ifPresent(item -> refuse("archive.form.translationMissing", item));
    }

    private void answerCorrections(DelegateTask task) {
        boolean accept = Boolean.TRUE.equals(task.getVariable(ArchiveUseProcess.VAR_ACCEPT_CORRECTIONS));
        String reply = text(task, ArchiveUseProcess.VAR_PROOFREADING_REPLY);
        if (!accept && reply.isEmpty()) {
            refuse("archive.form.replyRequired");
        }
        if (reply.length() > 1000) {
            refuse("archive.form.tooLong", 1000);
        }
    }

    private void produceDocuments(DelegateTask task) {
        String mode = (String) task.getVariable(ArchiveUseProcess.VAR_DELIVERY_MODE);
        if (DeliveryMode.PICKUP.name().equals(mode)) {
            if (text(task, ArchiveUseProcess.VAR_PICKUP_PLACE).isEmpty() || text(task, ArchiveUseProcess.VAR_PICKUP_TIME).isEmpty()) {
                refuse("archive.form.pickupRequired");
            }
        } else if (DeliveryMode.POST.name().equals(mode)) {
            if (text(task, ArchiveUseProcess.VAR_TRACKING_NUMBER).isEmpty()) {
                refuse("archive.form.trackingRequired");
            }
        } else {
            readiness.missingContent(applicationId(task)).ifPresent(item -> refuse("archive.form.contentMissing", item));
        }
    }

    private void refundFee(DelegateTask task) {
        if (text(task, ArchiveUseProcess.VAR_REFUND_REFERENCE).isEmpty()) {
            refuse("archive.form.refundReferenceRequired");
        }
    }

    private static Long applicationId(DelegateTask task) {
        return ((Number) task.getVariable(ArchiveUseProcess.VAR_APPLICATION_ID)).longValue();
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? "" : value.toString().strip();
    }

    private void refuse(String key, Object... args) {
        throw new BadUserRequestException(messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE));
    }
}
