package io.casehall.archive;

import static io.casehall.archive.ArchiveUseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.archive.content.ContentKind;
import io.casehall.archive.content.ContentLine;
import io.casehall.shared.notification.OutboxMessageRepository;
import io.casehall.shared.seal.SealedPdfs;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import io.casehall.support.IntegrationTest;
import io.casehall.support.UniqueData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One application through the real engine, delegates, rule tables and seal: submit, check, charge, pay,
 * confirm, translate, proofread, produce, sealed PDFs that verify, e-mail, rating — and the refusals a user
 * meets on the way (paying twice, proofreading a finished case, another applicant's case).
 */
class ArchiveCaseFlowTest extends IntegrationTest {

    @Autowired ArchiveService archive;
    @Autowired ApplicantActions actions;
    @Autowired TestApplicants applicants;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired ArchiveApplicationRepository applications;
    @Autowired IssuedPdfRepository pdfs;
    @Autowired EmailRequestRepository emails;
    @Autowired OutboxMessageRepository outbox;
    @Autowired SealedPdfs sealedPdfs;
    @Autowired TransactionTemplate transactions;
    @Autowired org.camunda.bpm.engine.RepositoryService repository;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired io.casehall.shared.notification.NotificationService notifications;

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    private ApplicationForm overseasForm(ApplicantPrincipal applicant, DeliveryMode delivery) {
        ApplicationForm form = archive.newForm(applicant.applicantId(), ArchiveServiceType.OVERSEAS_TRANSLATION,
                StudyStage.MASTER, null);
        form.setDeliveryMode(delivery);
        ApplicationForm.ItemChoice transcript = form.getItems().get(0);
        transcript.setSelected(true);
        transcript.setCopies(2);
        return form;
    }

    private Task staffTask(ArchiveApplication application, String group) {
        identity.setAuthentication("staff-" + group, List.of(group));
        return tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId())
                .taskCandidateGroup(group).singleResult();
    }

    private void completeAs(ArchiveApplication application, String group, Map<String, Object> variables) {
        Task task = staffTask(application, group);
        assertThat(task).as("open task for " + group).isNotNull();
        tasks.complete(task.getId(), variables);
        identity.clearAuthentication();
        runJobs();
    }

    private ArchiveApplication reload(ArchiveApplication application) {
        return applications.findById(application.getId()).orElseThrow();
    }

    @Test
    void overseasTranslationFromSubmissionToVerifiedSealedPdfAndEmail() {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("周晓梅", false);
        ApplicationForm form = overseasForm(applicant, DeliveryMode.ELECTRONIC);
        assertThat(form.getDepartment()).isEqualTo("人文与社会科学学部");
        ArchiveApplication application = archive.submit(applicant, form);
        assertThat(archive.submit(applicant, form).getId()).as("double submit").isEqualTo(application.getId());
        assertThat(application.getNumber()).matches("\\d{12}");
        assertThat(application.getExpectedBy()).isAfter(java.time.LocalDate.now().plusDays(4));
        runJobs();

        assertThatThrownBy(() -> actions.markPaid(applicant, application.getId()))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("messageKey", "archive.error.nothingToPay");

        assertThatThrownBy(() -> completeAs(application, "archiveClerk", Map.of(VAR_CHECK_DECISION, DECISION_RETURN)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("处理意见");
        completeAs(application, "archiveClerk", Map.of(VAR_CHECK_DECISION, DECISION_ACCEPT));
        assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.IN_PROGRESS);
        assertThat(reload(application).getHandler()).isEqualTo("staff-archiveClerk");

        Task charge = staffTask(application, "feeCollection");
        assertThat(tasks.getVariable(charge.getId(), VAR_SUGGESTED_FEE)).as("DMN: 50 × 1 electronic").isEqualTo(50.0);
        completeAs(application, "feeCollection", Map.of(VAR_FEE_AMOUNT, 50.0));
        assertThat(reload(application).getPaymentStatus()).isEqualTo(PaymentStatus.AWAITING);
        assertThat(reload(application).getFeeAmount()).isEqualByComparingTo(new BigDecimal("50"));
        assertThat(archive.myApplication(applicant.applicantId(), application.getId()).canPay()).isTrue();

        actions.markPaid(applicant, application.getId());
        assertThat(reload(application).getPaymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(reload(application).getPaidAt()).isNotNull();
        assertThatThrownBy(() -> actions.markPaid(applicant, application.getId()))
                .hasFieldOrPropertyWithValue("messageKey", "archive.error.alreadyPaid");
        completeAs(application, "feeCollection", Map.of(VAR_RECEIPT_CONFIRMED, true));
        assertThat(reload(application).getPaymentStatus()).isEqualTo(PaymentStatus.CONFIRMED);

        assertThatThrownBy(() -> completeAs(application, "proofreading", Map.of()))
                .as("no courses yet").isInstanceOf(ProcessEngineException.class).hasMessageContaining("成绩单英文翻译");
        translate(application);
        completeAs(application, "proofreading", Map.of());
        assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.PROOFREADING);

        Long courseLine = courseLineId(application);
        assertThat(archive.myApplication(applicant.applicantId(), application.getId()).statusKey())
                .as("the applicant's turn").isEqualTo("archive.turn.yourProofreading");
        assertThat(actions.proofread(applicant, application.getId(), Map.of(courseLine, "Communication Theory"), "请把课程名改为正式名称"))
                .isFalse();
        assertThat(archive.myApplication(applicant.applicantId(), application.getId()))
                .as("corrections sent: the proofreader's turn, not 待校对")
                .satisfies(view -> assertThat(view.statusKey()).isEqualTo("archive.turn.staffAnswering"))
                .satisfies(view -> assertThat(view.applicantMustAct()).isFalse());
        completeAs(application, "proofreading", Map.of(VAR_ACCEPT_CORRECTIONS, true,
                VAR_PROOFREADING_REPLY, "已按您的意见修改"));
        assertThat(actions.proofread(applicant, application.getId(), Map.of(), "")).as("confirmed").isTrue();
        assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.IN_PROGRESS);

        completeAs(application, "archiveClerk", Map.of());
        ArchiveApplication done = reload(application);
        assertThat(done.getStatus()).isEqualTo(ApplicationStatus.COMPLETED);
        List<IssuedPdf> issued = pdfs.findByApplicationIdOrderById(application.getId());
        assertThat(issued).hasSize(1);
        runJobs();
        assertThat(notifications.inboxOf(applicant.applicantId())).as("completion notice of an electronic case")
                .anySatisfy(m -> assertThat(m.getBody()).contains("下载电子文件").contains("://").contains("/verify")
                        .doesNotContain("到馆取件").doesNotContain("快递单号"));

        byte[] pdf = archive.readPdf(applicant, application.getId(), issued.get(0).getId()).bytes();
        assertThat(sealedPdfs.verify(pdf).genuine()).isTrue();
        byte[] tampered = pdf.clone();
        tampered[pdf.length / 3] ^= 0x20;
        assertThat(sealedPdfs.verify(tampered).genuine()).isFalse();

        assertThatThrownBy(() -> actions.proofread(applicant, application.getId(), Map.of(), "迟到的修改"))
                .hasFieldOrPropertyWithValue("messageKey", "archive.error.caseFinished");

        String address = UniqueData.email();
        String requestKey = UUID.randomUUID().toString();
        EmailRequest request = actions.requestEmail(applicant, application.getId(), address,
                List.of(issued.get(0).getId()), requestKey);
        assertThat(actions.requestEmail(applicant, application.getId(), address, List.of(issued.get(0).getId()), requestKey)
                .getId()).isEqualTo(request.getId());
        runJobs();
        assertThat(emails.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(EmailRequest.Status.SENT);
        assertThat(outbox.findByRecipientOrderByIdDesc(address)).singleElement()
                .satisfies(mail -> assertThat(mail.getBody()).contains(issued.get(0).getFileName())
                        .containsPattern("https?://[^/\\s]+/verify").doesNotContain("访问 /verify"));

        ApplicantPrincipal stranger = applicants.createVerifiedGraduate("陌生人", false);
        assertThatThrownBy(() -> actions.requestEmail(stranger, application.getId(), address,
                List.of(issued.get(0).getId()), UUID.randomUUID().toString())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> archive.readPdf(stranger, application.getId(), issued.get(0).getId()))
                .isInstanceOf(NotFoundException.class);

        actions.rate(applicant, application.getId(), 5, "很快");
        assertThatThrownBy(() -> actions.rate(applicant, application.getId(), 4, "again"))
                .hasFieldOrPropertyWithValue("messageKey", "archive.error.alreadyRated");
        ApplicationForm again = archive.newForm(applicant.applicantId(), null, null, application.getId());
        assertThat(again.getService()).isEqualTo(ArchiveServiceType.OVERSEAS_TRANSLATION);
        assertThat(again.selectedItems()).singleElement().satisfies(item -> assertThat(item.getCopies()).isEqualTo(2));
        assertThat(again.getSubmissionKey()).isNotEqualTo(form.getSubmissionKey());
    }

    @Test
    void custodyQueryIsRefusedWhenTheArchiveIsNotKeptByTheUniversity() {
        ApplicantPrincipal notKept = applicants.createVerifiedGraduate("王小二", false);
        assertThatThrownBy(() -> archive.requireEligible(notKept.applicantId(), ArchiveServiceType.CUSTODY_QUERY))
                .hasFieldOrPropertyWithValue("messageKey", "archive.error.archiveNotKept");
        ApplicantPrincipal kept = applicants.createVerifiedGraduate("李小三", true);
        archive.requireEligible(kept.applicantId(), ArchiveServiceType.CUSTODY_QUERY);
    }

    @Test
    void cancellingAPaidApplicationCreatesARefundTask() {
        ApplicantPrincipal applicant = applicants.createVerifiedGraduate("赵退费", false);
        ArchiveApplication application = archive.submit(applicant, overseasForm(applicant, DeliveryMode.PICKUP));
        runJobs();
        completeAs(application, "archiveClerk", Map.of(VAR_CHECK_DECISION, DECISION_ACCEPT));
        completeAs(application, "feeCollection", Map.of(VAR_FEE_AMOUNT, 100.0));
        actions.markPaid(applicant, application.getId());
        actions.cancel(applicant, application.getId());
        assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CANCELLED);
        assertThat(reload(application).getPaymentStatus()).isEqualTo(PaymentStatus.REFUND_PENDING);
        assertThatThrownBy(() -> actions.cancel(applicant, application.getId()))
                .hasFieldOrPropertyWithValue("messageKey", "archive.error.cannotCancel");
        completeAs(application, "feeCollection", Map.of(VAR_REFUND_REFERENCE, "TK-2026-001"));
        assertThat(reload(application).getPaymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aRedeployedRuleTableChangesFeesAndVariantsWithoutCode() throws Exception {
        String variantXml = new String(getClass().getResourceAsStream("/dmn/archive-service-variant.dmn").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String feeXml = new String(getClass().getResourceAsStream("/dmn/archive-fee.dmn").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        // The administrator switches proofreading off for the translation service and raises the transcript price.
        String noProofreading = variantXml.replaceFirst(
                "(<text>\"overseasTranslation\"</text>\\s*</inputEntry>\\s*<outputEntry[^>]*>\\s*<text>true</text>\\s*</outputEntry>\\s*<outputEntry[^>]*>\\s*<text>)true",
                "$1false");
        String dearer = feeXml.replace("<text>copies * 50</text>", "<text>copies * 70</text>");
        assertThat(noProofreading).isNotEqualTo(variantXml);
        var deployment = repository.createDeployment().name("fee and variant change")
                .addString("archive-service-variant.dmn", noProofreading).addString("archive-fee.dmn", dearer).deploy();
        try {
            assertThat(archive.variantOf(ArchiveServiceType.OVERSEAS_TRANSLATION).proofreadingRequired()).isFalse();
            ApplicantPrincipal applicant = applicants.createVerifiedGraduate("钱新规", false);
            ArchiveApplication application = archive.submit(applicant, overseasForm(applicant, DeliveryMode.PICKUP));
            runJobs();
            completeAs(application, "archiveClerk", Map.of(VAR_CHECK_DECISION, DECISION_ACCEPT));
            Task charge = staffTask(application, "feeCollection");
            assertThat(tasks.getVariable(charge.getId(), VAR_SUGGESTED_FEE)).as("2 copies × 70").isEqualTo(140.0);
            completeAs(application, "feeCollection", Map.of(VAR_FEE_AMOUNT, 140.0));
            actions.markPaid(applicant, application.getId());
            completeAs(application, "feeCollection", Map.of(VAR_RECEIPT_CONFIRMED, true));
            // Proofreading off is not translation off: the draft is still made, then production follows directly.
            assertThat(tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId())
                    .taskDefinitionKey(TASK_PREPARE_TRANSLATION).count()).as("the translation draft stays").isEqualTo(1);
            translate(application);
            completeAs(application, "proofreading", Map.of());
            runJobs();
            assertThat(tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId())
                    .taskDefinitionKey(TASK_PRODUCE).count()).as("production without proofreading").isEqualTo(1);
            assertThat(tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId())
                    .taskDefinitionKey(TASK_PROOFREAD).count()).isZero();
            assertThat(runtime.getVariable(application.getProcessInstanceId(), "variant"))
                    .as("no serialized decision result").isNull();
            assertThat(runtime.getVariable(application.getProcessInstanceId(), VAR_TRANSLATION_REQUIRED)).isEqualTo(true);
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    /** Fills the draft's missing English and adds one course, as a translator does on the case page. */
    private void translate(ArchiveApplication application) {
        transactions.executeWithoutResult(status -> {
            ArchiveApplication a = applications.findById(application.getId()).orElseThrow();
            ArchiveItem item = a.getItems().get(0);
            List<ContentLine> lines = new java.util.ArrayList<>();
            for (ContentLine line : item.getContent()) {
                lines.add(new ContentLine(item, lines.size(), line.getKind(), line.getLabelZh(), line.getLabelEn(),
                        line.getTextZh(), line.getTextEn() == null ? "EN " + line.getTextZh() : line.getTextEn(),
                        null, null, null));
            }
            lines.add(new ContentLine(item, lines.size(), ContentKind.COURSE, null, null, "传播学理论", "Theory of Communication",
                    "2", "90", "1"));
            item.replaceContent(lines);
        });
    }

    private Long courseLineId(ArchiveApplication application) {
        return transactions.execute(status -> applications.findById(application.getId()).orElseThrow().getItems().get(0)
                .getContent().stream().filter(l -> l.getKind() == ContentKind.COURSE).findFirst().orElseThrow().getId());
    }
}
