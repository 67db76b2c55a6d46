package io.casehall.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.support.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** The applicant's way in: the services, the stage, the form with its messages, submitting once. */
class ArchivePortalWebTest extends ArchiveWebTest {

    @Test
    void theServicesShowTheirRulesAndLeadThroughTheStageToAPrefilledForm() throws Exception {
        Graduate g = graduate("张一帆");

        String services = page(g, "/apply/archive");
        assertThat(services).contains("出国(境)中英文对照学籍档案利用", "学籍档案利用", "学生档案保管信息查询及利用",
                "需缴费", "需校对译稿", "电子文件可发送邮件", "一般 5 个工作日内办理",
                "/apply/archive/overseasTranslation/new", "/apply/archive/academicRecord/new");
        // The registry does not say the archive keeps this graduate's file: that service says why.
        assertThat(services).contains("仅限个人档案在学校档案馆保管的学生办理");
        assertThat(services).doesNotContain("/apply/archive/custodyQuery/new");

        assertThat(page(g, "/apply/archive?lang=en")).contains("Archive services", "Academic record use",
                "Usually done within 5 working days", "Fee applies");

        String stages = page(g, "/apply/archive/overseasTranslation/new");
        assertThat(stages).contains("请选择所需阶段材料", "stage=MASTER", "本专科阶段材料", "博士研究生阶段材料");

        String form = page(g, "/apply/archive/overseasTranslation/new?stage=MASTER");
        assertThat(form).contains("value=\"" + g.studentNo() + "\"", "value=\"" + DEPARTMENT + "\"",
                "value=\"" + MAJOR + "\"", "成绩单英文翻译(限本校毕业生)", "毕业证英文翻译(限本校毕业生)",
                "name=\"scan_1\"", "name=\"submissionKey\"", "到馆取件", "邮寄纸质文件（到付）", "电子文件");
        assertThat(form).containsPattern("<option value=\"MASTER\" selected=\"selected\">");
        assertThat(form).containsPattern("<option value=\"硕士研究生\" selected=\"selected\">");
        assertThat(form).doesNotContain("style=", "onclick");
        assertTablesStackOnAPhone(form);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.RepositoryService repository;

    @Test
    void aServiceDescriptionFollowsTheRuleTableWhenProofreadingIsSwitchedOff() throws Exception {
        String variantXml = new String(getClass().getResourceAsStream("/dmn/archive-service-variant.dmn").readAllBytes(),
                StandardCharsets.UTF_8);
        String noProofreading = variantXml.replaceFirst(
                "(<text>\"overseasTranslation\"</text>\\s*</inputEntry>\\s*<outputEntry[^>]*>\\s*<text>true</text>\\s*</outputEntry>\\s*<outputEntry[^>]*>\\s*<text>)true",
                "$1false");
        assertThat(noProofreading).isNotEqualTo(variantXml);
        var deployment = repository.createDeployment().name("proofreading off")
                .addString("archive-service-variant.dmn", noProofreading).deploy();
        try {
            String services = page(graduate("林关校"), "/apply/archive");
            String overseas = services.substring(services.indexOf("id=\"service-overseasTranslation\""));
            overseas = overseas.substring(0, overseas.indexOf("</section>"));
            assertThat(overseas).contains("无校对流程").doesNotContain("校对译稿", "请登录校对");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void applicantsTheServiceDoesNotCoverSeeWhyInsteadOfTheForm() throws Exception {
        ApplicantPrincipal stranger = verifiedStranger("王小二");
        String services = page(stranger, "/apply/archive");
        assertThat(services).contains("该业务限本校毕业生办理");
        String refused = page(stranger, "/apply/archive/overseasTranslation/new?stage=MASTER");
        assertThat(refused).contains("该业务限本校毕业生办理").doesNotContain("application-form");
        mvc.perform(get("/apply/archive/noSuchService/new").with(as(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void aFormWithProblemsComesBackWithTheMessagesWhatWasTypedAndTheScansUploaded() throws Exception {
        Graduate g = graduate("李晓明");
        String key = UUID.randomUUID().toString();

        // Transcript (no scan needed) with a scan anyway, and the diploma ticked without its scan.
        MvcResult missingScan = followRedirect(mvc.perform(applicationForm(g, ArchiveServiceType.OVERSEAS_TRANSLATION,
                        key,
                        "items[0].selected", "true", "items[1].selected", "true", "items[1].copies", "3",
                        "department", "人文与社会科学学部", "schoolingLength", "3年", "remark", "请尽快办理")
                        .file(new MockMultipartFile("scan_0", "成绩单.png", "image/png", TestFiles.png()))), as(g.principal()))
                .andExpect(status().isOk()).andReturn();
        String page = missingScan.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请上传该项所需的证书扫描件", "请根据提示修改标红的内容",
                "value=\"人文与社会科学学部\"", "请尽快办理", "成绩单.png", "value=\"" + key + "\"");
        assertThat(page).containsPattern("<option value=\"3\" selected=\"selected\">3</option>")
                .contains("<option value=\"3年\" selected=\"selected\">3年</option>");
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).isEmpty();

        // An executable renamed to .png is refused at its row; the form stays as it was.
        String keptScan = page.replaceAll("(?s).*name=\"items\\[0]\\.documentIds\" value=\"([0-9a-f-]{36})\".*", "$1");
        assertThat(keptScan).hasSize(36);
        String exe = followRedirect(mvc.perform(applicationForm(g, ArchiveServiceType.OVERSEAS_TRANSLATION, key,
                        "items[0].selected", "true", "items[0].documentIds", keptScan, "items[1].selected", "true")
                        .file(new MockMultipartFile("scan_1", "毕业证.png", "image/png", TestFiles.windowsExecutable()))),
                        as(g.principal()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exe).contains("不是真正的 PNG 文件", "该文件未保存，请重新选择文件。", "成绩单.png");
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).isEmpty();

        // Post: name, phone and address are required.
        String post = followRedirect(mvc.perform(applicationForm(g, ArchiveServiceType.OVERSEAS_TRANSLATION, key,
                        "items[0].selected", "true", "deliveryMode", "POST", "recipientPhone", "12ab")), as(g.principal()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(post).contains("必填。", "请填写正确的联系电话。", "value=\"12ab\"");
    }

    /** Post/redirect/get: a form with problems is a redirect to its page, and reloading that page creates nothing. */
    @Test
    void aFormWithProblemsIsARedirectToItsPageAndAReloadSubmitsNothing() throws Exception {
        Graduate g = graduate("孙晓刷");
        String key = UUID.randomUUID().toString();
        ResultActions sent = mvc.perform(applicationForm(g, ArchiveServiceType.OVERSEAS_TRANSLATION, key,
                        "items[0].selected", "true", "items[1].selected", "true", "graduationDate", "2021-13-45",
                        "deliveryMode", "POST", "recipientPhone", "12ab", "remark", "请勿重复提交")
                        .file(new MockMultipartFile("scan_1", "毕业证.png", "image/png", TestFiles.windowsExecutable())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/apply/archive/overseasTranslation/new?stage=MASTER"));
        String page = followRedirect(sent, as(g.principal())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请根据提示修改标红的内容", "请按“年-月-日”格式填写日期。", "value=\"2021-13-45\"",
                "请填写正确的联系电话。", "value=\"12ab\"", "请勿重复提交", "不是真正的 PNG 文件",
                "该文件未保存，请重新选择文件。", "value=\"" + key + "\"");

        // A reload repeats the GET: the form is shown afresh, nothing is submitted.
        String reloaded = followRedirect(sent, as(g.principal())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(reloaded).contains("id=\"application-form\"")
                .doesNotContain("请根据提示修改标红的内容", "请勿重复提交", "value=\"12ab\"");
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).isEmpty();
    }

    @Test
    void aValidApplicationGetsItsNumberAndTheDeadlineAndASecondSubmitChangesNothing() throws Exception {
        Graduate g = graduate("赵子涵");
        String key = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(applicationForm(g, ArchiveServiceType.OVERSEAS_TRANSLATION, key,
                        "items[1].selected", "true", "items[1].copies", "2")
                .file(new MockMultipartFile("scan_1", "毕业证.png", "image/png", TestFiles.png()))
                .file(new MockMultipartFile("scan_1", "毕业证背面.jpg", "image/jpeg", TestFiles.jpeg()))).andReturn();
        ArchiveApplication application = application(first);
        assertThat(flash(first, "okMessage")).isEqualTo("提交成功，申请单号 " + application.getNumber()
                + "。请在 5 个工作日内（" + application.getExpectedBy() + " 前）登录查看办理进度。");

        MvcResult again = mvc.perform(applicationForm(g, ArchiveServiceType.OVERSEAS_TRANSLATION, key,
                        "items[1].selected", "true")
                .file(new MockMultipartFile("scan_1", "毕业证.png", "image/png", TestFiles.png()))).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(url(application));
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).hasSize(1);

        String list = page(g, MY_CASES);
        assertThat(list).contains(application.getNumber(), "出国(境)中英文对照学籍档案利用", "待审核", "取消申请");
        assertThat(list.split("id=\"case-archive-" + application.getNumber() + "\"", -1)).hasSize(2);

        mvc.perform(get(url(application) + "/scans/not-a-document").with(as(g.principal())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/apply/archive/applications/abc").with(as(g.principal()))).andExpect(status().isNotFound());

        String detail = page(g, url(application));
        assertThat(detail).contains(application.getNumber(), "待审核", "硕士研究生阶段材料", "学号：" + g.studentNo(),
                "院系：" + DEPARTMENT, "毕业证英文翻译(限本校毕业生)", "<td data-label=\"份数\">2</td>", "毕业证.png",
                "毕业证背面.jpg", "到馆取件", "支付方式", "用户支付", "待发起收费", "取消申请…");
    }

    @Test
    void theSameFormSentTwiceAtOnceMakesOneApplication() throws Exception {
        Graduate g = graduate("何同时");
        String key = UUID.randomUUID().toString();
        java.util.concurrent.Callable<String> submit = () -> mvc.perform(applicationForm(g,
                ArchiveServiceType.ACADEMIC_RECORD, key, "items[0].selected", "true")).andReturn()
                .getResponse().getRedirectedUrl();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<String> targets = new java.util.ArrayList<>();
            for (var outcome : pool.invokeAll(List.of(submit, submit))) {
                targets.add(outcome.get());
            }
            assertThat(targets.get(0)).startsWith("/apply/archive/applications/").isEqualTo(targets.get(1));
        } finally {
            pool.shutdownNow();
        }
        assertThat(applications.findByApplicantIdOrderBySubmittedAtDesc(g.id())).hasSize(1);
    }
}
