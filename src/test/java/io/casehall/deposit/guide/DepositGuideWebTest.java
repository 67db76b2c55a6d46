package io.casehall.deposit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.deposit.ArchiveDepositProcess;
import io.casehall.deposit.DepositServiceType;
import io.casehall.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The public guide: anonymous access, the four services from the table, the diagram, refusals as pages. */
class DepositGuideWebTest extends IntegrationTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    DepositCatalog catalog;

    @Test
    void anonymousVisitorsSeeTheFourServicesInTheTablesOrder() throws Exception {
        String page = page("/deposit", 200);
        assertThat(page).contains("出国(境)存档", "回国(境)存档", "档案转出", "开具证明",
                "/deposit/guide/goingAbroad", "/apply/deposit/certificate");
        assertThat(page.indexOf("出国(境)存档")).isLessThan(page.indexOf("回国(境)存档"));
        assertThat(page.indexOf("档案转出")).isLessThan(page.indexOf("开具证明"));
        assertThat(page).doesNotContain("style=", "onclick");
        assertThat(catalog.offered()).containsExactly(DepositServiceType.GOING_ABROAD, DepositServiceType.RETURNING,
                DepositServiceType.TRANSFER_OUT, DepositServiceType.CERTIFICATE);
        assertThat(page("/deposit?lang=en", 200)).contains("Deposit when going abroad", "Certificate issuing");
    }

    @Test
    void aGuideHasItsFourSectionsAndTheOnlineEntry() throws Exception {
        String guide = page("/deposit/guide/goingAbroad", 200);
        assertThat(guide).contains("（一）服务对象", "（二）办理流程", "（三）所需材料", "（四）注意事项",
                "国内高中毕业后，直接赴国（境）外攻读学位的留学人员", "国家公派留学人员",
                "调档通知单”的下联沿虚线剪下", "PDF 格式，每个文件小于 1 MB",
                "在线办理入口", "href=\"/apply/deposit/goingAbroad\"", "href=\"/deposit/agreement\"");
        for (DepositServiceType service : DepositServiceType.values()) {
            assertThat(page("/deposit/guide/" + service.code(), 200)).contains("（三）所需材料",
                    "/apply/deposit/" + service.code());
        }
        assertThat(page("/deposit/guide/returning?lang=en", 200)).contains("(1) Who is served", "Online application");
    }

    @Test
    void theGuideShowsThePictureOfTheDeployedProcedure() throws Exception {
        String guide = page("/deposit/guide/goingAbroad", 200);
        assertThat(guide).contains("src=\"/deposit/guide/diagram.svg\"").doesNotContain("流程图暂不可用");
        MvcResult svg = mvc.perform(get("/deposit/guide/diagram.svg")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml")).andReturn();
        String body = svg.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("<svg").contains("viewBox=", "<title>留学存档</title>", "申请已提交", "审核存档申请");
    }

    @Test
    void aRedeployedModelIsWhatTheGuideDraws() throws Exception {
        Deployment deployment = repository.createDeployment().name("deposit guide test")
                .addModelInstance("archive-deposit-test.bpmn", Bpmn.createExecutableProcess(ArchiveDepositProcess.KEY)
                        .name("留学存档").camundaHistoryTimeToLive(1)
                        .startEvent().name("申请已提交").userTask("Task_AuditDeposit").name("审核存档申请 & 出具调档通知单")
                        .endEvent().name("档案已存入").done())
                .deploy();
        try {
            String body = mvc.perform(get("/deposit/guide/diagram.svg")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains("审核存档申请 &amp; 出具调档通知单").doesNotContain("通知申请人：申请已提交");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
        assertThat(page("/deposit/guide/goingAbroad", 200)).contains("src=\"/deposit/guide/diagram.svg\"");
    }

    @Test
    void anUnknownServiceIsANotFoundPageInChinese() throws Exception {
        String page = page("/deposit/guide/noSuchService", 404);
        assertThat(page).contains("该服务不存在或已停止办理", "/deposit/guide/goingAbroad", "返回留学存档");
        assertThat(page("/deposit/guide/GOING_ABROAD", 404)).contains("该服务不存在或已停止办理");
    }

    @Test
    void aServiceWithdrawnFromTheTableDisappearsFromTheGuide() throws Exception {
        String table = new String(getClass().getResourceAsStream("/dmn/deposit-services.dmn").readAllBytes(),
                StandardCharsets.UTF_8);
        String withoutCertificate = table.replaceAll("(?s)<rule id=\"Rule_Certificate\">.*?</rule>", "");
        assertThat(withoutCertificate).isNotEqualTo(table);
        Deployment deployment = repository.createDeployment().name("certificate withdrawn")
                .addString("deposit-services.dmn", withoutCertificate).deploy();
        try {
            assertThat(catalog.offered()).doesNotContain(DepositServiceType.CERTIFICATE).hasSize(3);
            assertThat(page("/deposit", 200)).doesNotContain("/deposit/guide/certificate").contains("档案转出");
            assertThat(page("/deposit/guide/certificate", 404)).contains("该服务不存在或已停止办理");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
        assertThat(catalog.offered()).contains(DepositServiceType.CERTIFICATE);
    }

    @Test
    void theAgreementIsReadableWithoutSigningIn() throws Exception {
        assertThat(page("/deposit/agreement", 200)).contains("《人事档案调转协议》", "第一条", "第十条　争议解决",
                "组通字〔2015〕33号");
        assertThat(page("/deposit/agreement?lang=en", 200)).contains("Personnel Archive Transfer Agreement", "Article 10");
    }

    @Test
    void thePlaceSelectsReadPublicJson() throws Exception {
        String children = mvc.perform(get("/reference/divisions/110000/children")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(children).contains("{\"code\":\"110108\",\"name\":\"海淀区\",\"leaf\":true}");
        assertThat(mvc.perform(get("/reference/divisions")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("新疆维吾尔自治区");
        mvc.perform(get("/reference/divisions/999999/children")).andExpect(status().isNotFound());
    }

    private String page(String url, int status) throws Exception {
        return mvc.perform(get(url)).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
