package io.casehall.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.casehall.staff.StaffPrincipal;
import io.casehall.support.IntegrationTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The shared answers to input no page sends (shared/web): the form again with the message and what was typed
 * for text over a field's limit, 400 in the user's language for the rest, and no ERROR in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestInputTest extends IntegrationTest {

    @Test
    void textLongerThanTheFieldAllowsComesBackOnTheFormAsTyped() throws Exception {
        String name = "王".repeat(31);
        MvcResult result = perform(post("/register").with(csrf()).param("fullName", name).param("verifyBy", "MOBILE"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result)).contains("最多 30 个字，请删减后重新提交。", "value=\"" + name + "\"")
                .doesNotContain("请输入真实姓名");

        String english = body(perform(post("/register?lang=en").with(csrf()).param("mobile", "1".repeat(21))));
        assertThat(english).contains("At most 20 characters; please shorten it and submit again.");

        MvcResult day = perform(post("/staff/admin/calendar/days").with(csrf()).with(admin())
                .param("day", "2031-05-01").param("kind", "HOLIDAY").param("name", "节".repeat(5000)));
        assertThat(day.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(day)).contains("最多 32 个字").contains("节".repeat(5000)).doesNotContain("请填写名称", "名称不能超过");
    }

    @Test
    void theErrorPageOfAStaffPageLeadsBackToTheConsole() throws Exception {
        MvcResult staffPage = perform(get("/staff/archive/applications/99999999").with(admin()));
        assertThat(staffPage.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(staffPage)).contains("找不到", "href=\"/staff\"", "返回工作台").doesNotContain("返回首页");
    }

    @Test
    void aFieldWithoutADeclaredLimitStillHasOne() throws Exception {
        MvcResult result = perform(post("/register").with(csrf()).param("agree", "x".repeat(2001)));
        assertThat(body(result)).contains("最多 " + FormLengthLimits.DEFAULT_MAX_LENGTH + " 个字");
    }

    @Test
    void controlCharactersAreRefusedBeforeAnythingReadsThem(CapturedOutput output) throws Exception {
        assertThat(perform(post("/login").with(csrf()).param("username", "admin\u0000").param("password", "x"))
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(perform(post("/register").with(csrf()).param("fullName\u001b", "王五")).getResponse().getStatus())
                .isEqualTo(400);
        assertThat(perform(get("/verify").param("lang", "en\u0007")).getResponse().getStatus()).isEqualTo(400);
        // The engine's API reads its own body; its query string is checked all the same.
        assertThat(perform(get(URI.create("/engine-rest/task?assignee=a%00b"))).getResponse().getStatus()).isEqualTo(400);
        // A textarea's line breaks and tabs are text.
        assertThat(perform(post("/register").with(csrf()).param("fullName", "王\t五\r\n")).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void malformedParametersAnswer400InTheUsersLanguage(CapturedOutput output) throws Exception {
        MvcResult page = perform(get("/staff/registry").param("page", "abc").with(admin()));
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(page)).contains("无法处理该请求");
        MvcResult english = perform(get("/staff/registry").param("page", "99999999999999999999").param("lang", "en")
                .with(admin()));
        assertThat(english.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(english)).contains("We cannot process this request");

        // An index into a field that is no list: the form cannot bind it.
        MvcResult index = perform(post("/register").with(csrf()).param("fullName[99999]", "x"));
        assertThat(index.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(index)).contains("无法处理该请求");

        assertThat(perform(put("/register").with(csrf())).getResponse().getStatus()).isEqualTo(405);
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void theLoginPageAnswersALockedAccountAsAWrongPassword() throws Exception {
        String error = body(perform(get("/login?error")));
        String locked = body(perform(get("/login?locked")));
        assertThat(error).contains("账号或密码错误", "连续输错 5 次将临时锁定 15 分钟");
        assertThat(locked.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                .isEqualTo(error.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr("10.88.0.1");
            return r;
        })).andReturn();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor admin() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal("admin", "系统管理员", List.of("camunda-admin")), null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_ADMIN", "GROUP_camunda-admin")));
    }
}
