package io.casehall.browser;

import static io.casehall.archive.ArchiveUseProcess.TASK_ANSWER_CORRECTIONS;
import static io.casehall.archive.ArchiveUseProcess.TASK_CHECK_REQUEST;
import static io.casehall.archive.ArchiveUseProcess.TASK_CONFIRM_RECEIPT;
import static io.casehall.archive.ArchiveUseProcess.TASK_PREPARE_TRANSLATION;
import static io.casehall.archive.ArchiveUseProcess.TASK_PRODUCE;
import static io.casehall.archive.ArchiveUseProcess.TASK_RAISE_CHARGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.TestApplicants;
import io.casehall.archive.ArchiveUseProcess;
import io.casehall.staff.StaffRoles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 出国(境)中英文对照学籍档案利用, the longest archive case, across the portal and Tasklist: the applicant applies for a
 * transcript translation; the clerk accepts it; the cashier raises the fee, the applicant finds 支付费用 in 我的办件 and
 * pays, the cashier confirms; the proofreader is refused until every line is translated, then hands the draft over;
 * two rounds of proofreading follow (the second round's form opens empty, not with the first round's answers); the
 * clerk finishes the case; the applicant downloads the sealed PDF and has it verified on /verify.
 */
@DisplayName("出国(境)中英文对照学籍档案利用：翻译、收费、两轮校对、电子签章文件")
class ArchiveTranslationJourneyTest extends BrowserJourney {

    private static final String SERVICE = "出国(境)中英文对照学籍档案利用";
    private static final String TRANSCRIPT = "成绩单英文翻译(限本校毕业生)";
    private static final String CASE_LINK = "打开案件页（申请人上传的文件、文件内容）";
    private static final String ACCEPT_ALL = "采纳申请人的全部修改";
    private static final String REPLY = "答复申请人";
    private static final Pattern APPLICATION_NUMBER = Pattern.compile("申请单号\\s*(\\d+)");

    @Autowired
    TestApplicants applicants;
    @Autowired
    AccountService accounts;
    @Autowired
    TaskService taskService;

    @Journey
    @DisplayName("申请 → 受理 → 收费与支付 → 录入译稿 → 两轮校对 → 办结 → 下载并核验 PDF")
    void aTranslationGoesThroughFeeAndTwoRoundsOfProofreading(Viewport viewport) {
        String name = "欧阳思远";
        ApplicantPrincipal graduate = applicants.createVerifiedGraduate(name, true);
        String mobile = accounts.get(graduate.applicantId()).getMobile();
        String clerk = newStaff("clerk", "吴受理", StaffRoles.ARCHIVE_CLERKS);
        String cashier = newStaff("cashier", "郑收费", StaffRoles.FEE_COLLECTION);
        String proofer = newStaff("proofer", "冯校对", StaffRoles.PROOFREADING);

        Window 申请人 = applicant(viewport).login(mobile, TestApplicants.PASSWORD).window();
        申请人.step("打开档案利用，选择「" + SERVICE + "」").open("/apply/archive").see(SERVICE);
        申请人.pressNear("我要申请", SERVICE).press("硕士研究生阶段材料").see(SERVICE, "申请内容");
        assertThat(申请人.valueOf("姓名")).as("the name from real-name verification").isEqualTo(name);
        申请人.step("勾选成绩单英文翻译，选择电子文件，填写备注，提交")
                .tick(TRANSCRIPT).choose("电子文件").fill("备注说明", "用于申请英国硕士，请按官方成绩单翻译。")
                .press("提交申请").see("待审核（工作人员办理）");
        String number = 申请人.find(APPLICATION_NUMBER);

        Tasklist 受理 = staffIn("clerk", clerk, STAFF_PASSWORD).openQueue("档案业务受理");
        受理.openTask("审核申请", task(number, TASK_CHECK_REQUEST), number, name).claim();
        受理.form().see("用于申请英国硕士").choose("受理");
        受理.complete(task(number, TASK_CHECK_REQUEST));
        runJobs();

        Tasklist 收费 = staffIn("cashier", cashier, STAFF_PASSWORD).openQueue("收费");
        String charge = task(number, TASK_RAISE_CHARGE);
        收费.openTask("发起收费", charge, number, name).claim();
        收费.form().fill("收费金额（元）", "80");
        收费.complete(charge);
        runJobs();

        申请人.step("在「我的办件」看到待您支付，点「支付费用」").press("我的办件").see(SERVICE, number, "待您支付")
                .pressNear("支付费用", number).see("应付金额：80.00 元");
        申请人.step("点「已完成支付」").press("已完成支付").see("已记录为已完成支付", "待确认收款（工作人员办理）");

        收费 = staffIn("cashier", cashier, STAFF_PASSWORD).openQueue("收费");
        String receipt = task(number, TASK_CONFIRM_RECEIPT);
        收费.openTask("确认收款", receipt, number, name).claim();
        收费.form().choose("已收到，确认收款");
        收费.complete(receipt);
        runJobs();

        StaffConsole 校对台 = staffIn("proofer", proofer, STAFF_PASSWORD);
        Tasklist 校对 = 校对台.openQueue("翻译校对");
        String draft = task(number, TASK_PREPARE_TRANSLATION);
        校对.openTask("制作翻译初稿", draft, number, name).claim();
        校对.form().tick("译稿已录入完成，提交申请人校对");
        校对.completeRefused(draft, "的译稿还不完整：每一行都需要英文，成绩单至少要有一门课程。");
        String caseUrl = 校对.window().href(CASE_LINK);

        Window 校对员 = 校对.window();
        校对员.step("在案件页录入成绩单的课程").open(caseUrl).see("案件 " + number, TRANSCRIPT);
        translateEveryField(校对员);
        校对员.fill("课程名称", "高等数学").fill("英文课程名称", "Advanced Math").fill("学分", "5").fill("成绩", "90")
                .fill("学期", "1").press("保存内容").see("文件内容已保存。");
        assertThat(校对员.valueOf("英文课程名称")).as("the saved course").isEqualTo("Advanced Math");
        校对 = 校对台.openQueue("翻译校对");
        校对.openTask("制作翻译初稿", draft, number, name).form().tick("译稿已录入完成，提交申请人校对");
        校对.complete(draft);
        runJobs();

        申请人.step("第一轮校对：修改课程英文名，提交").refresh().see("待您校对").press("我要校对").see("高等数学")
                .fill("高等数学", "Advanced Mathematics").fill("提交时填写备注说明(非必填)", "课程名称请用全称。")
                .press("提交").see("修改意见已提交，等待档案馆处理。", "校对意见处理中（工作人员办理）");

        校对 = 校对台.openQueue("翻译校对");
        String round1 = task(number, TASK_ANSWER_CORRECTIONS);
        校对.openTask("处理校对意见", round1, number, name).claim();
        Window 第一轮 = 校对.form().see("课程名称请用全称。");
        assertThat(第一轮.ticked(ACCEPT_ALL)).as("round 1 opens with nothing ticked").isFalse();
        第一轮.tick(ACCEPT_ALL).fill(REPLY, "已按您的意见改为全称。");
        校对.complete(round1);
        runJobs();

        申请人.step("第二轮校对：看到答复和采纳的修改，再改一处").refresh().see("待您校对").press("我要校对")
                .see("已按您的意见改为全称。");
        assertThat(申请人.valueOf("高等数学")).as("the accepted correction").isEqualTo("Advanced Mathematics");
        申请人.fill("高等数学", "Advanced Mathematics I").fill("提交时填写备注说明(非必填)", "应为上册。")
                .press("提交").see("修改意见已提交，等待档案馆处理。");

        校对 = 校对台.openQueue("翻译校对");
        String round2 = task(number, TASK_ANSWER_CORRECTIONS);
        assertThat(round2).as("round 2 is a new task").isNotEqualTo(round1);
        校对.openTask("处理校对意见", round2, number, name).claim();
        Window 第二轮 = 校对.form().see("应为上册。");
        assertThat(第二轮.ticked(ACCEPT_ALL)).as("round 2 does not open with round 1's decision").isFalse();
        assertThat(第二轮.valueOf(REPLY)).as("round 2 does not open with round 1's reply").isEmpty();
        第二轮.tick(ACCEPT_ALL).fill(REPLY, "已改为上册。");
        校对.complete(round2);
        runJobs();

        申请人.step("第三次打开校对页：不作修改直接提交，即确认译稿").refresh().press("我要校对").see("已改为上册。")
                .press("提交").see("已确认译稿，档案馆将继续办理。");

        受理 = staffIn("clerk", clerk, STAFF_PASSWORD).openQueue("档案业务受理");
        String produce = task(number, TASK_PRODUCE);
        受理.openTask("制作并办结", produce, number, name).claim();
        受理.form().see("电子文件");
        受理.complete(produce);
        runJobs();

        申请人.step("申请已完成：下载电子签章 PDF").refresh().see("已完成");
        Path pdf = 申请人.download(pdfLinkText(申请人));
        assertThat(header(pdf)).as("the download is a PDF").isEqualTo("%PDF");
        申请人.step("在「文件真伪核验」上传下载的 PDF").open("/verify").upload("PDF 文件", pdf).press("核验文件")
                .see("真实有效", "该文件由本校签发，电子签章有效，文件自签发后未被修改。");
    }

    /** Every heading line of the document (姓名, 学号 …) gets its English, as the proofreader types it. */
    private static void translateEveryField(Window page) {
        page.js("""
                for (const input of document.querySelectorAll('input[name$=".textEn"]')) {
                  const zh = input.closest('tr').querySelector('input[name$=".textZh"]');
                  if (zh && zh.value && !input.value) input.value = 'EN ' + zh.value;
                }""");
    }

    private static String pdfLinkText(Window page) {
        Object text = page.js("const a = [...document.querySelectorAll('a')].find(l => /\\.pdf$/i.test(l.innerText.trim()));"
                + " return a ? a.innerText.trim() : null;");
        assertThat(text).as("a link to the sealed PDF").isNotNull();
        return text.toString();
    }

    private static String header(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, 0, Math.min(4, bytes.length), java.nio.charset.StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The open task of this kind in the case (there is one at a time), once the engine's due jobs have run. */
    private String task(String applicationNumber, String taskKey) {
        runJobs();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(ArchiveUseProcess.businessKey(applicationNumber))
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("the open task " + taskKey).isNotNull();
        return task.getId();
    }
}
