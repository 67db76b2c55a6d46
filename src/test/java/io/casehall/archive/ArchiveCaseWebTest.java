package io.casehall.archive;

import static io.casehall.archive.ArchiveUseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.archive.content.ContentEditing;
import io.casehall.archive.content.ContentLine;
import io.casehall.support.TestFiles;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An application after submitting, through the portal: returned and corrected, charged and paid, proofread,
 * finished with PDFs, e-mailed, rated, applied for again, cancelled — and nothing of it reachable by another
 * applicant.
 */
class ArchiveCaseWebTest extends ArchiveWebTest {

    @Autowired
    ContentEditing contents;
    @Autowired
    IssuedPdfRepository pdfs;
    @Autowired
    io.casehall.shared.notification.NotificationService notifications;

    @Test
    void feePaymentProofreadingPdfsEmailAndRatingOfATranslation() throws Exception {
        Graduate g = graduate("孙文轩");
        ArchiveApplication a = submitted(g, ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.ELECTRONIC, 0);

        assertThat(flash(action(g, url(a) + "/pay"), "errorMessage"))
                .isEqualTo("申请单 " + a.getNumber() + " 当前没有待支付的费用。");

        accept(a);
        completeTask(a, TASK_RAISE_CHARGE, "cashier", "feeCollection", Map.of(VAR_FEE_AMOUNT, 80));
        String due = page(g, url(a));
        assertThat(due).contains("id=\"pay\"", "应付金额：80.00 元", "等待支付", "已完成支付</button>", "处理人");
        assertThat(page(g, MY_CASES)).contains("支付费用");

        MvcResult paid = action(g, url(a) + "/pay");
        assertThat(flash(paid, "okMessage")).contains("已完成支付");
        String afterPay = page(g, url(a));
        assertThat(afterPay).contains("支付状态：<span class=\"pay-status\">已完成支付</span>",
                "支付时间：" + LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 4))
                .doesNotContain("id=\"pay\"");
        assertThat(flash(action(g, url(a) + "/pay"), "errorMessage")).contains("已完成支付，无需重复支付");

        completeTask(a, TASK_CONFIRM_RECEIPT, "cashier", "feeCollection", Map.of(VAR_RECEIPT_CONFIRMED, true));
        assertThat(page(g, url(a))).contains("已确认收款");

        // The proofreader writes the translation on the case page, then hands it to the applicant.
        Long itemId = contents.caseFile(a.getId()).application().getItems().get(0).getId();
        mvc.perform(post("/staff/archive/applications/" + a.getId() + "/items/" + itemId + "/content")
                        .with(staff("proofer", "proofreading")).with(csrf())
                        .param("lines[0].kind", "FIELD").param("lines[0].labelZh", "姓名").param("lines[0].labelEn", "Name")
                        .param("lines[0].textZh", "孙文轩").param("lines[0].textEn", "Sun Wenxuan")
                        .param("lines[1].kind", "COURSE").param("lines[1].textZh", "高等数学")
                        .param("lines[1].textEn", "Advanced Math").param("lines[1].credit", "5")
                        .param("lines[1].score", "90").param("lines[1].term", "1")
                        .param("lines[2].kind", "COURSE"))
                .andExpect(status().is3xxRedirection());
        completeTask(a, TASK_PREPARE_TRANSLATION, "proofer", "proofreading", Map.of());

        String proofPage = page(g, url(a) + "/proofread");
        assertTablesStackOnAPhone(proofPage);
        assertTablesStackOnAPhone(page(g, MY_CASES));
        assertTablesStackOnAPhone(page(g, url(a)));
        assertThat(proofPage).contains("提交时填写备注说明(非必填)", "高等数学", "value=\"Advanced Math\"", "Sun Wenxuan");
        List<ContentLine> lines = contents.caseFile(a.getId()).application().getItems().get(0).getContent();
        ContentLine name = lines.get(0);
        ContentLine course = lines.get(1);
        MvcResult corrected = action(g, url(a) + "/proofread", "en_" + name.getId(), "Sun Wenxuan",
                "en_" + course.getId(), "Advanced Mathematics");
        assertThat(flash(corrected, "okMessage")).isEqualTo("修改意见已提交，等待档案馆处理。");
        assertThat(contents.caseFile(a.getId()).application().getItems().get(0).getContent().get(1).getProposedEn())
                .isEqualTo("Advanced Mathematics");
        assertThat(staffPage("/staff/archive/applications/" + a.getId(), staff("proofer", "proofreading")))
                .contains("申请人建议：Advanced Mathematics");

        completeTask(a, TASK_ANSWER_CORRECTIONS, "proofer", "proofreading",
                Map.of(VAR_ACCEPT_CORRECTIONS, true));
        lines = contents.caseFile(a.getId()).application().getItems().get(0).getContent();
        assertThat(page(g, url(a) + "/proofread")).contains("value=\"Advanced Mathematics\"");
        MvcResult confirmed = action(g, url(a) + "/proofread", "en_" + lines.get(0).getId(), "Sun Wenxuan",
                "en_" + lines.get(1).getId(), "Advanced Mathematics", "remark", "");
        assertThat(flash(confirmed, "okMessage")).isEqualTo("已确认译稿，档案馆将继续办理。");

        completeTask(a, TASK_PRODUCE, "clerk", "archiveClerk", Map.of());
        assertThat(reload(a).getStatus()).isEqualTo(ApplicationStatus.COMPLETED);

        // Finished: the PDF, e-mail, rating; proofreading is over.
        IssuedPdf pdf = pdfs.findByApplicationIdOrderById(a.getId()).get(0);
        assertThat(page(g, MY_CASES)).contains("已完成", "发送邮件", "我要评价", "再次申请");
        assertThat(page(g, url(a))).contains(pdf.getFileName());
        mvc.perform(get(url(a) + "/pdfs/" + pdf.getId()).with(as(g.principal())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        assertThat(flash(action(g, url(a) + "/proofread", "remark", "再看看"), "errorMessage"))
                .isEqualTo("申请单 " + a.getNumber() + " 已办结，不能再校对。");

        assertThat(flash(action(g, url(a) + "/email", "address", "not-an-address", "pdfIds", pdf.getId().toString(),
                "requestKey", UUID.randomUUID().toString()), "errorMessage")).isEqualTo("请填写正确的邮箱地址。");
        String key = UUID.randomUUID().toString();
        MvcResult emailed = action(g, url(a) + "/email", "address", "me@example.cn", "pdfIds", pdf.getId().toString(),
                "requestKey", key);
        assertThat(flash(emailed, "okMessage")).isEqualTo("已提交，邮件将发送至 me@example.cn。");
        action(g, url(a) + "/email", "address", "me@example.cn", "pdfIds", pdf.getId().toString(), "requestKey", key);
        runJobs();
        String detail = page(g, url(a));
        assertThat(detail).contains("已发送邮件", "me@example.cn");
        assertThat(detail.split("<td data-label=\"邮箱地址\">me@example.cn</td>", -1)).hasSize(2);
        assertTablesStackOnAPhone(detail);

        MvcResult rated = action(g, url(a) + "/rating", "stars", "4", "comment", "翻译准确");
        assertThat(flash(rated, "okMessage")).isEqualTo("感谢您的评价。");
        assertThat(flash(action(g, url(a) + "/rating", "stars", "5", "comment", "再评一次"), "errorMessage"))
                .isEqualTo("申请单 " + a.getNumber() + " 已评价过，每个业务单只能评价一次。");
        String ratings = page(g, "/apply/archive/ratings");
        assertThat(ratings).contains(a.getNumber(), "★★★★☆", "翻译准确").doesNotContain("rate-" + a.getNumber());
        assertThat(staffPage("/staff/archive/ratings", staff("clerk", "archiveClerk")))
                .contains("出国(境)中英文对照学籍档案利用", "翻译准确", a.getNumber());

        // None of it is another applicant's to see or use.
        Graduate other = graduate("周其他");
        mvc.perform(get(url(a)).with(as(other.principal()))).andExpect(status().isNotFound());
        mvc.perform(get(url(a) + "/pdfs/" + pdf.getId()).with(as(other.principal()))).andExpect(status().isNotFound());
        mvc.perform(get(url(a) + "/proofread").with(as(other.principal()))).andExpect(status().isNotFound());
        assertThat(action(other, url(a) + "/email", "address", "x@example.cn", "pdfIds", pdf.getId().toString(),
                "requestKey", UUID.randomUUID().toString()).getResponse().getStatus()).isEqualTo(404);
        assertThat(action(other, url(a) + "/rating", "stars", "1").getResponse().getStatus()).isEqualTo(404);
        assertThat(action(other, url(a) + "/pay").getResponse().getStatus()).isEqualTo(404);
        mvc.perform(get("/apply/archive/overseasTranslation/new?from=" + a.getId()).with(as(other.principal())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReturnedApplicationIsCorrectedWithNewScansAndAnotherApplicantCannotReachThem() throws Exception {
        Graduate g = graduate("吴雨桐");
        ArchiveApplication a = submitted(g, ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.PICKUP, 1,
                "remark", "用于申请留学");
        UUID firstScan = contents.caseFile(a.getId()).application().getItems().get(0).getFiles().get(0).getDocumentId();
        mvc.perform(get(url(a) + "/scans/" + firstScan).with(as(g.principal()))).andExpect(status().isOk());
        Graduate other = graduate("郑其他");
        mvc.perform(get(url(a) + "/scans/" + firstScan).with(as(other.principal()))).andExpect(status().isNotFound());

        completeTask(a, TASK_CHECK_REQUEST, "clerk", "archiveClerk",
                Map.of(VAR_CHECK_DECISION, DECISION_RETURN, VAR_CHECK_OPINION, "毕业证扫描件不清晰，请重新扫描"));
        String returned = page(g, url(a));
        assertTablesStackOnAPhone(returned);
        assertThat(returned).contains("待您修改", "毕业证扫描件不清晰，请重新扫描", "id=\"correct\"", "name=\"scan_");
        Long itemId = contents.caseFile(a.getId()).application().getItems().get(0).getId();

        ResultActions refusedCorrection = mvc.perform(multipart(url(a) + "/correct")
                        .file(new MockMultipartFile("scan_" + itemId, "new.png", "image/png", TestFiles.windowsExecutable()))
                        .with(as(g.principal())).with(csrf()).param("remark", "已重新扫描"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url(a)));
        String refused = followRedirect(refusedCorrection, as(g.principal()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("不是真正的 PNG 文件", "该文件未保存，请重新选择文件。", "已重新扫描");
        // A reload of that page sends nothing: the case still waits for the correction, with no note.
        assertThat(followRedirect(refusedCorrection, as(g.principal())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"correct\"").doesNotContain("不是真正的 PNG 文件");
        assertThat(reload(a).getCorrectionNotes()).isEmpty();

        MvcResult corrected = mvc.perform(multipart(url(a) + "/correct")
                        .file(new MockMultipartFile("scan_" + itemId, "毕业证-清晰.png", "image/png", TestFiles.png()))
                        .with(as(g.principal())).with(csrf()).param("remark", "已重新扫描"))
                .andReturn();
        assertThat(flash(corrected, "okMessage")).isEqualTo("已重新提交，请等待档案馆审核。");
        String resubmitted = page(g, url(a));
        assertThat(resubmitted).contains("待审核", "毕业证-清晰.png").doesNotContain("id=\"correct\"");
        // The original remark is kept, the correction note is its own entry, and the next staff task shows both.
        assertThat(reload(a).getApplicantRemark()).isEqualTo("用于申请留学");
        assertThat(reload(a).getCorrectionNotes()).containsExactly("已重新扫描");
        assertThat(resubmitted).contains("用于申请留学", "已重新扫描");
        Task check = taskService.createTaskQuery().processInstanceBusinessKey(businessKey(a.getNumber()))
                .taskDefinitionKey(TASK_CHECK_REQUEST).singleResult();
        assertThat((String) taskService.getVariable(check.getId(), VAR_SUMMARY))
                .contains("用于申请留学", "第1次修改说明 | 已重新扫描", "毕业证扫描件不清晰，请重新扫描");
        assertThat(flash(mvc.perform(multipart(url(a) + "/correct").with(as(g.principal())).with(csrf())).andReturn(),
                "errorMessage")).isEqualTo("申请单 " + a.getNumber() + " 当前不需要修改。");
        mvc.perform(multipart(url(a) + "/correct").with(as(other.principal())).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPickUpCaseTellsWhereAndWhenAndIsEasilyAppliedForAgain() throws Exception {
        Graduate g = graduate("钱思远");
        ArchiveApplication a = submitted(g, ArchiveServiceType.ACADEMIC_RECORD, DeliveryMode.PICKUP, 1);
        accept(a);
        Task produce = taskService.createTaskQuery().processInstanceBusinessKey(businessKey(a.getNumber()))
                .taskDefinitionKey(TASK_PRODUCE).singleResult();
        assertThat(taskService.getVariableLocal(produce.getId(), VAR_DELIVERY_MODE_LABEL)).as("no raw code in the form")
                .isEqualTo("到馆取件");
        assertThat(new String(getClass().getResourceAsStream("/forms/archive-produce-documents.form").readAllBytes(),
                StandardCharsets.UTF_8)).doesNotContain("{{deliveryMode}}", "PICKUP 到馆取件");
        completeTask(a, TASK_PRODUCE, "clerk", "archiveClerk",
                Map.of(VAR_PICKUP_PLACE, "档案馆111室", VAR_PICKUP_TIME, "2026-12-01 上午"));
        assertThat(notifications.inboxOf(g.principal().applicantId())).as("pick-up notice names only pick-up")
                .anySatisfy(m -> assertThat(m.getBody()).contains("请到馆取件：地点 档案馆111室，时间 2026-12-01 上午。")
                        .doesNotContain("快递单号").doesNotContain("电子文件"));

        assertThat(page(g, MY_CASES)).contains("已完成", "再次申请", "我要评价");
        assertThat(page(g, url(a))).contains("请前来档案馆111室取件 到馆取件时间：2026-12-01 上午")
                .doesNotContain("支付方式");
        assertThat(page(g, "/apply/archive/ratings")).contains("rate-" + a.getNumber());

        String again = page(g, "/apply/archive/academicRecord/new?from=" + a.getId());
        assertThat(again).contains("已按上次的申请填好", "value=\"" + a.getId() + "\"", "value=\"" + DEPARTMENT + "\"",
                "value=\"2018-09-01\"");
        assertThat(again).containsPattern("name=\"items\\[1]\\.selected\" value=\"true\" checked=\"checked\"");
        assertThat(again).containsPattern("name=\"items\\[0]\\.selected\" value=\"true\">");
    }

    @Test
    void anOpenApplicationCanBeCancelledOnce() throws Exception {
        Graduate g = graduate("冯可欣");
        ArchiveApplication a = submitted(g, ArchiveServiceType.ACADEMIC_RECORD, DeliveryMode.PICKUP, 0);
        assertThat(page(g, url(a))).contains("href=\"" + url(a) + "/cancel\"");
        assertThat(page(g, url(a) + "/cancel")).contains("不能恢复", "name=\"confirm\" value=\"yes\" required",
                "name=\"submissionKey\"").doesNotContain("退费");
        MvcResult unconfirmed = action(g, url(a) + "/cancel");
        assertThat(flash(unconfirmed, "errorMessage")).contains("确认取消本申请");
        assertThat(unconfirmed.getResponse().getRedirectedUrl()).isEqualTo(url(a) + "/cancel");
        assertThat(reload(a).getStatus()).as("nothing happens without the confirmation").isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(flash(action(g, url(a) + "/cancel", "confirm", "yes"), "okMessage")).startsWith("申请已取消");
        runJobs();
        assertThat(reload(a).getStatus()).isEqualTo(ApplicationStatus.CANCELLED);
        assertThat(page(g, url(a))).contains("已取消", "再次申请").doesNotContain("id=\"cancel\"");
        assertThat(flash(action(g, url(a) + "/cancel", "confirm", "yes"), "errorMessage"))
                .isEqualTo("申请单 " + a.getNumber() + " 已办结或正在制作，不能取消。");
    }

    @Test
    void aRefusedProofreadingComesBackByRedirectWithWhatWasTypedAndAReloadSendsNothing() throws Exception {
        Graduate g = graduate("钱校对");
        ArchiveApplication a = submitted(g, ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.ELECTRONIC, 0);
        accept(a);
        completeTask(a, TASK_RAISE_CHARGE, "cashier", "feeCollection", Map.of(VAR_FEE_AMOUNT, 80));
        action(g, url(a) + "/pay");
        completeTask(a, TASK_CONFIRM_RECEIPT, "cashier", "feeCollection", Map.of(VAR_RECEIPT_CONFIRMED, true));
        Long itemId = contents.caseFile(a.getId()).application().getItems().get(0).getId();
        mvc.perform(post("/staff/archive/applications/" + a.getId() + "/items/" + itemId + "/content")
                        .with(staff("proofer", "proofreading")).with(csrf())
                        .param("lines[0].kind", "FIELD").param("lines[0].labelZh", "姓名").param("lines[0].labelEn", "Name")
                        .param("lines[0].textZh", "钱校对").param("lines[0].textEn", "Qian Jiaodui")
                        .param("lines[1].kind", "COURSE").param("lines[1].textZh", "高等数学")
                        .param("lines[1].textEn", "Advanced Math").param("lines[1].credit", "5")
                        .param("lines[1].score", "90").param("lines[1].term", "1"))
                .andExpect(status().is3xxRedirection());
        completeTask(a, TASK_PREPARE_TRANSLATION, "proofer", "proofreading", Map.of());
        ContentLine name = contents.caseFile(a.getId()).application().getItems().get(0).getContent().get(0);
        String remark = "请改".repeat(501);

        ResultActions refused = mvc.perform(post(url(a) + "/proofread").with(as(g.principal())).with(csrf())
                        .param("en_" + name.getId(), "Qian Jiao-dui").param("remark", remark))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url(a) + "/proofread"));
        String sentBack = followRedirect(refused, as(g.principal())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sentBack).contains("最多 1,000 个字。", "value=\"Qian Jiao-dui\"", ">" + remark + "</textarea>");

        // A reload of the page sends nothing: the draft as it was, no message, no proposal, still to proofread.
        String reloaded = followRedirect(refused, as(g.principal())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(reloaded).contains("value=\"Qian Jiaodui\"", "id=\"proofread-form\"")
                .doesNotContain("最多 1,000 个字。", "Qian Jiao-dui", remark);
        assertThat(contents.caseFile(a.getId()).application().getItems().get(0).getContent())
                .allSatisfy(line -> assertThat(line.getProposedEn()).isNull());
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(businessKey(a.getNumber()))
                .taskAssignee(applicantAssignee(g.principal().applicantId())).count()).isEqualTo(1);
    }

    @Test
    void aRefusedContentSaveComesBackByRedirectWithTheRowsAsTypedAndAReloadSendsNothing() throws Exception {
        Graduate g = graduate("钱编辑");
        ArchiveApplication a = submitted(g, ArchiveServiceType.ACADEMIC_RECORD, DeliveryMode.PICKUP, 0);
        accept(a);
        String casePage = "/staff/archive/applications/" + a.getId();
        Long itemId = contents.caseFile(a.getId()).application().getItems().get(0).getId();
        List<ContentLine> before = contents.caseFile(a.getId()).application().getItems().get(0).getContent();

        ResultActions refused = mvc.perform(post(casePage + "/items/" + itemId + "/content")
                        .with(staff("clerk", "archiveClerk")).with(csrf())
                        .param("lines[0].kind", "COURSE").param("lines[0].textZh", "线性代数")
                        .param("lines[0].credit", "123456789"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(casePage + "#item-" + itemId));
        String sentBack = followRedirect(refused, staff("clerk", "archiveClerk")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sentBack).contains("第 1 行内容过长：每栏最多 8 个字。", "value=\"线性代数\"", "value=\"123456789\"");

        // A reload of the case page sends nothing: the saved content as it was, no message.
        String reloaded = followRedirect(refused, staff("clerk", "archiveClerk")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(reloaded).contains("value=\"钱编辑\"", "保存内容")
                .doesNotContain("内容过长", "value=\"线性代数\"", "value=\"123456789\"");
        assertThat(contents.caseFile(a.getId()).application().getItems().get(0).getContent())
                .extracting(ContentLine::getId).containsExactlyElementsOf(before.stream().map(ContentLine::getId).toList());
    }
}
