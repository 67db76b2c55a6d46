package io.casehall.creditbank.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.creditbank.commitment.PublishingCommitments;
import io.casehall.shared.web.UserFacingException;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 转换办法发布 over HTTP, as the institution's users see it: the commitment before the first upload, 保存 and 发布,
 * only one published method, 撤销发布, changes and deletion only while unpublished, refused input with the name kept,
 * another institution's method not found, and the portal's public list with its files.
 */
class ConversionMethodsWebTest extends IntegrationTest {

    static final String BASE = "/institution/methods";

    @Autowired
    TestInstitutions institutions;
    @Autowired
    InstitutionDirectory directory;
    @Autowired
    PublishingCommitments commitments;
    @Autowired
    ConversionMethodRepository repository;
    @Autowired
    JdbcTemplate jdbc;

    InstitutionPrincipal principal(TestInstitutions.Registered institution) {
        return directory.principalOf(directory.user(institution.adminLogin()).orElseThrow());
    }

    static RequestPostProcessor as(InstitutionPrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_INSTITUTION"));
        principal.groupIds().forEach(g -> authorities.add(new SimpleGrantedAuthority("GROUP_" + g)));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    /** An institution whose administrator has accepted the commitment already. */
    InstitutionPrincipal ready(String name) {
        InstitutionPrincipal me = principal(institutions.registered(name));
        commitments.accept(me);
        return me;
    }

    String page(String url, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(url).with(as)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String follow(ResultActions post, RequestPostProcessor as) throws Exception {
        MvcResult result = post.andExpect(status().is3xxRedirection()).andReturn();
        MockHttpServletRequestBuilder next = get(URI.create(result.getResponse().getRedirectedUrl())).with(as);
        if (result.getResponse().getCookies().length > 0) {
            next.cookie(result.getResponse().getCookies());
        }
        next.flashAttrs(result.getFlashMap());
        return mvc.perform(next).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String upload(InstitutionPrincipal me, String name, String fileName, byte[] file, boolean committed,
                  String action) throws Exception {
        org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request =
                multipart(BASE + "/new");
        request.param("name", name).param("action", action);
        if (file != null) {
            request.file(new MockMultipartFile("file", fileName, "application/pdf", file));
        }
        if (committed) {
            request.param("committed", "true");
        }
        return follow(mvc.perform(request.with(csrf()).with(as(me))), as(me));
    }

    String postTo(InstitutionPrincipal me, String url) throws Exception {
        return follow(mvc.perform(post(url).with(csrf()).with(as(me))), as(me));
    }

    ConversionMethod only(InstitutionPrincipal me, String name) {
        return repository.findByInstitutionIdOrderByUploadedAtDesc(me.institutionId()).stream()
                .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    static String unique(String name) {
        return name + System.nanoTime() % 1_000_000;
    }

    @Test
    void theFirstUploadAsksForThePublishingCommitment() throws Exception {
        InstitutionPrincipal me = principal(institutions.registered("长沙理工大学"));
        MvcResult first = mvc.perform(get(BASE + "/new").with(as(me))).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).contains("/institution/commitment")
                .contains("next=/institution/methods/new");
        String commitment = page(first.getResponse().getRedirectedUrl(), as(me));
        assertThat(commitment).contains("信息发布安全承诺书", "我已阅读并同意");
        MvcResult accepted = mvc.perform(post("/institution/commitment").param("next", BASE + "/new")
                .with(csrf()).with(as(me))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo(BASE + "/new");
        assertThat(page(BASE + "/new", as(me))).contains("上传转换办法", "转换办法名称",
                "本人郑重承诺发布的信息真实有效", "保存", "发布", "取消");
        // The list is open to the user without the commitment; it names the rule of one published method.
        assertThat(page(BASE, as(me))).contains("转换办法发布", "发布时间", "状态", "查询", "重置", "上传转换办法",
                "说明：仅能保留一条已发布状态的转换办法。");
    }

    @Test
    void methodsAreSavedPublishedWithdrawnChangedAndDeleted() throws Exception {
        InstitutionPrincipal me = ready("湖南工业职业技术学院");
        String first = unique("长沙理工大学转换办法");
        String second = unique("长沙理工大学转换办法（修订）");

        String saved = upload(me, first, "X证书模板 (1).pdf", TestFiles.pdf(), true, "save");
        assertThat(saved).contains("已保存（未发布）", first, "X证书模板 (1).pdf", "未发布", "发布", "修改", "删除")
                .doesNotContain(">撤销发布<");
        ConversionMethod one = only(me, first);
        assertThat(one.getStatus()).isEqualTo(MethodStatus.UNPUBLISHED);

        // 发布 from the list; the second one published directly on upload is refused with the seed's message.
        assertThat(postTo(me, BASE + "/" + one.getId() + "/publish")).contains("已发布，将在门户上显示", "已发布", "撤销发布");
        String refused = upload(me, second, "学分银行测试问题.pdf", TestFiles.pdf(), true, "publish");
        assertThat(refused).contains("已有一条已发布状态的转换办法", "value=\"" + second + "\"");
        assertThat(repository.findByInstitutionIdOrderByUploadedAtDesc(me.institutionId())).hasSize(1);
        upload(me, second, "学分银行测试问题.pdf", TestFiles.pdf(), true, "save");
        ConversionMethod two = only(me, second);
        assertThat(postTo(me, BASE + "/" + two.getId() + "/publish")).contains("已有一条已发布状态的转换办法");
        assertThat(repository.findById(two.getId()).orElseThrow().getStatus()).isEqualTo(MethodStatus.UNPUBLISHED);

        // The filters: 状态 and 发布时间.
        assertThat(page(BASE + "?status=PUBLISHED", as(me))).contains(first).doesNotContain(second);
        assertThat(page(BASE + "?status=UNPUBLISHED", as(me))).contains(second).doesNotContain(first);
        assertThat(page(BASE + "?from=2000-01-01&to=2000-12-31", as(me))).doesNotContain(first).contains("暂无转换办法");
        assertThat(page(BASE + "?from=2000-01-01", as(me))).contains(first).doesNotContain(second);
        assertThat(page(BASE + "?from=not-a-date", as(me))).contains("不是有效的日期", first, second);

        // A published method cannot be changed or deleted.
        assertThat(follow(mvc.perform(get(BASE + "/" + one.getId() + "/edit").with(as(me))), as(me)))
                .contains("已发布的转换办法不能修改或删除，请先撤销发布");
        assertThat(postTo(me, BASE + "/" + one.getId() + "/delete")).contains("请先撤销发布");
        assertThat(follow(mvc.perform(multipart(BASE + "/" + one.getId() + "/edit").param("name", "新名称")
                .param("committed", "true").with(csrf()).with(as(me))), as(me))).contains("请先撤销发布");
        assertThat(repository.findById(one.getId()).orElseThrow().getName()).isEqualTo(first);

        // 撤销发布 (confirmed), then the other one is published.
        assertThat(page(BASE + "/" + one.getId() + "/withdraw", as(me)))
                .contains("确定要撤销发布该条转换办法吗?", first, "确定", "取消");
        assertThat(postTo(me, BASE + "/" + one.getId() + "/withdraw")).contains("已撤销发布，状态为未发布");
        assertThat(postTo(me, BASE + "/" + two.getId() + "/publish")).contains("已发布，将在门户上显示");
        assertThat(repository.findById(one.getId()).orElseThrow().getStatus()).isEqualTo(MethodStatus.UNPUBLISHED);
        assertThat(repository.findById(two.getId()).orElseThrow().getStatus()).isEqualTo(MethodStatus.PUBLISHED);

        // 修改: a new name, then a new file.
        assertThat(page(BASE + "/" + one.getId() + "/edit", as(me))).contains("修改转换办法", "value=\"" + first + "\"",
                "X证书模板 (1).pdf");
        String renamed = first + "（旧）";
        assertThat(follow(mvc.perform(multipart(BASE + "/" + one.getId() + "/edit").param("name", renamed)
                .param("committed", "true").with(csrf()).with(as(me))), as(me))).contains("已修改", renamed);
        byte[] newFile = TestFiles.pdf();
        follow(mvc.perform(multipart(BASE + "/" + one.getId() + "/edit")
                .file(new MockMultipartFile("file", "新办法.pdf", "application/pdf", newFile))
                .param("name", renamed).param("committed", "true").with(csrf()).with(as(me))), as(me));
        assertThat(repository.findById(one.getId()).orElseThrow().getFileName()).isEqualTo("新办法.pdf");
        byte[] pdf = mvc.perform(get(BASE + "/" + one.getId() + "/file").with(as(me))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdf).isEqualTo(newFile);

        // 删除 (confirmed).
        assertThat(page(BASE + "/" + one.getId() + "/delete", as(me))).contains("确定要删除该条转换办法吗?", renamed);
        assertThat(postTo(me, BASE + "/" + one.getId() + "/delete")).contains("已删除").doesNotContain("新办法.pdf");
        assertThat(repository.findById(one.getId())).isEmpty();

        // Every change is audited.
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE object_type = 'creditbank-method' "
                + "AND object_id = ?", String.class, one.getId().toString())).contains("CREDITBANK_METHOD_UPLOADED",
                "CREDITBANK_METHOD_PUBLISHED", "CREDITBANK_METHOD_WITHDRAWN", "CREDITBANK_METHOD_CHANGED",
                "CREDITBANK_METHOD_DELETED");
    }

    @Test
    void badInputIsRefusedWithTheNameKept() throws Exception {
        InstitutionPrincipal me = ready("湖南交通职业技术学院");
        String name = unique("转换办法");

        String notPdf = upload(me, name, "办法.pdf", "just some text, not a pdf".getBytes(), true, "save");
        assertThat(notPdf).contains("办法.pdf", "请重新选择文件", "value=\"" + name + "\"");
        assertThat(upload(me, name, null, null, true, "save")).contains("请上传转换办法文件", "value=\"" + name + "\"");
        assertThat(upload(me, name, "办法.pdf", TestFiles.pdf(), false, "save"))
                .contains("请勾选“本人郑重承诺发布的信息真实有效”", "value=\"" + name + "\"");
        assertThat(upload(me, " ", "办法.pdf", TestFiles.pdf(), true, "save")).contains("请填写转换办法名称");
        assertThat(upload(me, "长".repeat(101), "办法.pdf", TestFiles.pdf(), true, "save"))
                .contains("转换办法名称不能超过 100 个字");
        byte[] big = new byte[(int) (10 * 1024 * 1024 + 1)];
        System.arraycopy(TestFiles.pdf(), 0, big, 0, TestFiles.pdf().length);
        assertThat(upload(me, name, "大.pdf", big, true, "save")).contains("value=\"" + name + "\"")
                .contains("10 MB");
        assertThat(repository.findByInstitutionIdOrderByUploadedAtDesc(me.institutionId())).isEmpty();
    }

    @Test
    void anotherInstitutionsMethodIsNotFound() throws Exception {
        TestInstitutions.Registered registered = institutions.registered("湖南大众传媒职业技术学院");
        InstitutionPrincipal owner = principal(registered);
        commitments.accept(owner);
        InstitutionPrincipal other = ready("湖南信息职业技术学院");
        String name = unique("别人的转换办法");
        byte[] pdf = TestFiles.pdf();
        upload(owner, name, "办法.pdf", pdf, true, "save");
        ConversionMethod method = only(owner, name);

        // Every user of the institution sees its methods and their files (the seed names no role).
        InstitutionPrincipal colleague = directory.principalOf(institutions.subUser(registered, "同事",
                List.of(io.casehall.creditbank.CreditBankGroups.INSTITUTION_USER)));
        assertThat(page(BASE, as(colleague))).contains(name, "办法.pdf");
        assertThat(mvc.perform(get(BASE + "/" + method.getId() + "/file").with(as(colleague)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);

        assertThat(page(BASE, as(other))).doesNotContain(name);
        for (String url : List.of("/edit", "/delete", "/withdraw", "/file")) {
            mvc.perform(get(BASE + "/" + method.getId() + url).with(as(other))).andExpect(status().isNotFound());
        }
        for (String url : List.of("/publish", "/delete", "/withdraw")) {
            mvc.perform(post(BASE + "/" + method.getId() + url).with(csrf()).with(as(other)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(multipart(BASE + "/" + method.getId() + "/edit").param("name", "改名").param("committed", "true")
                .with(csrf()).with(as(other))).andExpect(status().isNotFound());
        ConversionMethod after = repository.findById(method.getId()).orElseThrow();
        assertThat(after.getName()).isEqualTo(name);
        assertThat(after.getStatus()).isEqualTo(MethodStatus.UNPUBLISHED);
    }

    @Test
    void theDatabaseKeepsOnePublishedMethodWhenTwoPublishAtOnce() {
        InstitutionPrincipal me = ready("湖南铁道职业技术学院");
        ConversionMethods service = methodsService;
        ConversionMethod one = service.upload(me, unique("办法一"), true, "一.pdf", TestFiles.pdf(), false);
        ConversionMethod two = service.upload(me, unique("办法二"), true, "二.pdf", TestFiles.pdf(), false);
        service.publish(me, one.getId());
        // As if the check had passed for both: only the unique key stands between them.
        jdbc.update("UPDATE cb_conversion_method SET status = 'UNPUBLISHED' WHERE id = ?", one.getId());
        try {
            service.publish(me, two.getId());
            throw new AssertionError("published twice");
        } catch (UserFacingException e) {
            assertThat(e.messageKey()).isEqualTo("creditbank.method.onePublished");
        }
        assertThat(repository.findById(two.getId()).orElseThrow().getStatus()).isEqualTo(MethodStatus.UNPUBLISHED);
    }

    @Autowired
    ConversionMethods methodsService;

    @Test
    void thePortalListsOnlyPublishedMethodsAndTheirFiles() throws Exception {
        InstitutionPrincipal me = ready("湖南汽车工程职业学院");
        String published = unique("已发布的转换办法");
        String draft = unique("未发布的转换办法");
        byte[] pdf = TestFiles.pdf();
        upload(me, published, "公开.pdf", pdf, true, "publish");
        upload(me, draft, "草稿.pdf", TestFiles.pdf(), true, "save");
        ConversionMethod on = only(me, published);
        ConversionMethod off = only(me, draft);

        String portal = mvc.perform(get("/creditbank/methods")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(portal).contains("转换办法", me.institutionName(), published, "公开.pdf",
                "/creditbank/methods/" + on.getId() + "/file").doesNotContain(draft);
        byte[] file = mvc.perform(get("/creditbank/methods/" + on.getId() + "/file")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(file).isEqualTo(pdf);
        mvc.perform(get("/creditbank/methods/" + off.getId() + "/file")).andExpect(status().isNotFound());
        assertThat(methodsService.publishedOf(me.institutionId())).get()
                .extracting(ConversionMethods.Published::name).isEqualTo(published);

        // Withdrawn, it leaves the portal and its file is not found any more.
        postTo(me, BASE + "/" + on.getId() + "/withdraw");
        assertThat(mvc.perform(get("/creditbank/methods")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(published);
        mvc.perform(get("/creditbank/methods/" + on.getId() + "/file")).andExpect(status().isNotFound());
        assertThat(methodsService.publishedOf(me.institutionId())).isEmpty();
    }

    private static final java.util.regex.Pattern HAN =
            java.util.regex.Pattern.compile("[\\p{IsHan}，。：；（）、“”？！【】《》]");

    /** With ?lang=en the pages read in English; only data (and the language switch's 中文) may be Chinese. */
    @Test
    void thePagesReadInEnglish() throws Exception {
        InstitutionPrincipal me = ready("Riverside Polytechnic " + System.nanoTime() % 1_000_000);
        String name = unique("Riverside conversion method ");
        String published = unique("Riverside published method ");
        upload(me, name, "method.pdf", TestFiles.pdf(), true, "save");
        upload(me, published, "published.pdf", TestFiles.pdf(), true, "publish");
        long id = only(me, name).getId();
        long publishedId = only(me, published).getId();

        assertThat(english(BASE, as(me))).contains("Conversion methods", "Not published", "Published",
                "Withdraw publication", "only one conversion method can be published");
        english(BASE + "/new", as(me));
        english(BASE + "/" + id + "/edit", as(me));
        english(BASE + "/" + id + "/delete", as(me));
        english(BASE + "/" + publishedId + "/withdraw", as(me));
        assertThat(english("/creditbank/methods", request -> request)).contains(published);
        MvcResult refused = mvc.perform(post(BASE + "/" + id + "/publish").param("lang", "en").with(csrf())
                .with(as(me))).andReturn();
        MockHttpServletRequestBuilder next = get(URI.create(refused.getResponse().getRedirectedUrl()))
                .param("lang", "en").with(as(me)).flashAttrs(refused.getFlashMap());
        if (refused.getResponse().getCookies().length > 0) {
            next.cookie(refused.getResponse().getCookies());
        }
        assertThat(mvc.perform(next).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("A conversion method is already published");
    }

    private String english(String url, RequestPostProcessor as) throws Exception {
        String body = mvc.perform(get(url).param("lang", "en").with(as)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String checked = body.replaceAll("(?s)<!--.*?-->", "").replaceAll(" value=\"[^\"]*\"", "")
                .replace("中文", "");
        if (url.startsWith("/creditbank")) {
            // The public list holds every institution's methods (other tests' data too): its rows are data.
            checked = checked.replaceAll("(?s)<tbody>.*?</tbody>", "");
        }
        java.util.regex.Matcher han = HAN.matcher(checked);
        List<String> found = new ArrayList<>();
        while (han.find()) {
            found.add(checked.substring(Math.max(0, han.start() - 60), Math.min(checked.length(), han.end() + 60)));
        }
        assertThat(found).as("Chinese text on " + url).isEmpty();
        return body;
    }
}
