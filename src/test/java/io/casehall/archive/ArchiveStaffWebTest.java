package io.casehall.archive;

import static io.casehall.archive.ArchiveUseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.AccountService;
import io.casehall.archive.content.ContentEditing;
import io.casehall.archive.content.ContentKind;
import io.casehall.archive.content.ContentLine;
import io.casehall.shared.audit.AuditEventRepository;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The archive in the staff console: who may open it, the case page, and editing a document's content. */
class ArchiveStaffWebTest extends ArchiveWebTest {

    @Autowired
    ContentEditing contents;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditEventRepository audit;

    @Test
    void onlyArchiveStaffAndAdministratorsOpenTheCasePageWhichShowsTheCaseWithAMaskedMobile() throws Exception {
        Graduate g = graduate("陈静怡");
        ArchiveApplication a = submitted(g, ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.PICKUP, 1);
        String casePage = "/staff/archive/applications/" + a.getId();

        mvc.perform(get(casePage).with(as(g.principal()))).andExpect(status().isForbidden());
        mvc.perform(get(casePage).with(staff("reviewer", "realNameReview"))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/archive").with(staff("reviewer", "realNameReview"))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/archive/ratings").with(staff("reviewer", "realNameReview"))).andExpect(status().isForbidden());
        mvc.perform(post(casePage + "/items/1/content").with(staff("reviewer", "realNameReview")).with(csrf()))
                .andExpect(status().isForbidden());

        String mobile = accounts.get(g.id()).getMobile();
        String page = staffPage(casePage, staff("clerk", "archiveClerk"));
        assertThat(page).contains(a.getNumber(), "陈静怡", mobile.substring(0, 3) + "****" + mobile.substring(7),
                "审核申请", "毕业证英文翻译(限本校毕业生)", "证书.png", "/staff/documents/", "学号：" + g.studentNo())
                .doesNotContain(mobile).doesNotContain("style=");
        for (String group : List.of("feeCollection", "proofreading")) {
            mvc.perform(get(casePage).with(staff("someone", group))).andExpect(status().isOk());
        }
        mvc.perform(get(casePage).with(admin())).andExpect(status().isOk());
        mvc.perform(get("/staff/archive/applications/99999999").with(admin())).andExpect(status().isNotFound());

        String list = staffPage("/staff/archive", staff("cashier", "feeCollection"));
        assertThat(list).contains(a.getNumber(), "陈静怡", "待审核");
        assertThat(staffPage("/staff/archive?q=" + a.getNumber(), staff("cashier", "feeCollection")))
                .contains(a.getNumber());
        assertThat(staffPage("/staff/archive?q=000000000000", staff("cashier", "feeCollection")))
                .contains("没有找到申请").doesNotContain(a.getNumber());
    }

    @Test
    void staffWriteTheDocumentContentRowByRowAndItIsShownAuditedAndLockedOnceFinished() throws Exception {
        Graduate g = graduate("林书豪");
        ArchiveApplication a = submitted(g, ArchiveServiceType.ACADEMIC_RECORD, DeliveryMode.PICKUP, 0);
        accept(a);
        String casePage = "/staff/archive/applications/" + a.getId();
        List<ContentLine> drafted = contents.caseFile(a.getId()).application().getItems().get(0).getContent();
        assertThat(drafted).isNotEmpty();
        assertThat(staffPage(casePage, staff("clerk", "archiveClerk"))).contains("value=\"林书豪\"", "保存内容")
                .contains("lines[" + (drafted.size() + 2) + "].kind\" value=\"COURSE\"");
        Long itemId = contents.caseFile(a.getId()).application().getItems().get(0).getId();
        String save = casePage + "/items/" + itemId + "/content";

        mvc.perform(post(save).with(clerk()).with(csrf())
                        .param("lines[0].id", drafted.get(0).getId().toString()).param("lines[0].kind", "FIELD")
                        .param("lines[0].labelZh", "姓名").param("lines[0].labelEn", "Name")
                        .param("lines[0].textZh", "林书豪").param("lines[0].textEn", "Lin Shuhao")
                        .param("lines[1].kind", "FIELD").param("lines[1].labelZh", "性别").param("lines[1].textZh", "男")
                        .param("lines[1].delete", "true")
                        .param("lines[2].kind", "COURSE").param("lines[2].textZh", "高等数学")
                        .param("lines[2].textEn", "Advanced Mathematics").param("lines[2].credit", "5")
                        .param("lines[2].score", "92").param("lines[2].term", "2018-2019-1")
                        .param("lines[3].kind", "COURSE").param("lines[3].textZh", "大学英语")
                        .param("lines[3].textEn", "College English").param("lines[3].credit", "4")
                        .param("lines[4].kind", "COURSE")
                        .param("lines[5].kind", "TEXT").param("lines[5].textZh", "特此证明。").param("lines[5].textEn", "This is to certify."))
                .andExpect(redirectedUrl(casePage + "#item-" + itemId))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("okMessage", "文件内容已保存。"));

        List<ContentLine> saved = contents.caseFile(a.getId()).application().getItems().get(0).getContent();
        assertThat(saved).extracting(ContentLine::getKind)
                .containsExactly(ContentKind.FIELD, ContentKind.COURSE, ContentKind.COURSE, ContentKind.TEXT);
        assertThat(saved).extracting(ContentLine::getTextEn)
                .containsExactly("Lin Shuhao", "Advanced Mathematics", "College English", "This is to certify.");
        assertThat(saved.get(1).getTerm()).isEqualTo("2018-2019-1");
        String page = staffPage(casePage, clerk());
        assertThat(page).contains("value=\"Advanced Mathematics\"", "value=\"2018-2019-1\"", "This is to certify.")
                .doesNotContain("value=\"男\"");
        assertThat(audit.findByObjectTypeAndObjectIdOrderByIdAsc("archive-application", a.getNumber()))
                .anySatisfy(e -> {
                    assertThat(e.getAction()).isEqualTo("ARCHIVE_CONTENT_SAVED");
                    assertThat(e.getActorId()).isEqualTo("clerk");
                });

        // Too long: the page comes back (post/redirect/get) with the message and every row as typed.
        String tooLong = followRedirect(mvc.perform(post(save).with(clerk()).with(csrf())
                        .param("lines[0].kind", "COURSE").param("lines[0].textZh", "线性代数")
                        .param("lines[0].credit", "123456789"))
                .andExpect(redirectedUrl(casePage + "#item-" + itemId)), clerk())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLong).contains("第 1 行内容过长：每栏最多 8 个字。", "value=\"线性代数\"", "value=\"123456789\"");
        assertThat(contents.caseFile(a.getId()).application().getItems().get(0).getContent()).hasSize(4);

        completeTask(a, TASK_PRODUCE, "clerk", "archiveClerk",
                Map.of(VAR_PICKUP_PLACE, "档案馆111室", VAR_PICKUP_TIME, "2026-12-02 下午"));
        assertThat(staffPage(casePage, clerk())).contains("本案已办结，文件内容不能再修改。", "<fieldset class=\"editor\" disabled")
                .as("no save button on a finished case").doesNotContain("保存内容</button>");
        mvc.perform(post(save).with(clerk()).with(csrf())
                        .param("lines[0].kind", "TEXT").param("lines[0].textZh", "改"))
                .andExpect(redirectedUrl(casePage + "#item-" + itemId))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errorMessage", "申请单 " + a.getNumber() + " 已办结，文件内容不能再修改。"));
        assertThat(contents.caseFile(a.getId()).application().getItems().get(0).getContent()).hasSize(4);
    }

    private static RequestPostProcessor clerk() {
        return staff("clerk", "archiveClerk");
    }

    private static RequestPostProcessor admin() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        new io.casehall.staff.StaffPrincipal("admin", "系统管理员", List.of("camunda-admin")), null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                                "ROLE_STAFF", "ROLE_ADMIN", "GROUP_camunda-admin")));
    }
}
