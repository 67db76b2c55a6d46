package io.casehall.creditbank.conversion;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.TestInstitutions;
import io.casehall.shared.notification.OutboxMessage;
import io.casehall.shared.notification.OutboxMessageRepository;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Signed-in institution users and applicants for MockMvc, post/redirect/get, SMS codes, the approval task. */
@Component
public class ConversionWebSupport {

    private static final Pattern CODE = Pattern.compile("验证码是 (\\d{6})");

    private final InstitutionDirectory directory;
    private final OutboxMessageRepository outbox;
    private final TaskService tasks;

    ConversionWebSupport(InstitutionDirectory directory, OutboxMessageRepository outbox, TaskService tasks) {
        this.directory = directory;
        this.outbox = outbox;
        this.tasks = tasks;
    }

    public InstitutionPrincipal principal(TestInstitutions.Registered institution) {
        return directory.principalOf(directory.user(institution.adminLogin()).orElseThrow());
    }

    public RequestPostProcessor as(TestInstitutions.Registered institution) {
        InstitutionPrincipal principal = principal(institution);
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_INSTITUTION"));
        principal.groupIds().forEach(g -> authorities.add(new SimpleGrantedAuthority("GROUP_" + g)));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    public static RequestPostProcessor portal(ApplicantPrincipal me) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(me, null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT")));
    }

    public static String page(MockMvc mvc, MockHttpServletRequestBuilder request, RequestPostProcessor as)
            throws Exception {
        return mvc.perform(request.with(as)).andExpect(MockMvcResultMatchers.status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page without its HTML comments (which name the seed's screens in Chinese): what a reader sees. */
    public static String shown(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "");
    }

    /** The page a POST redirects to, with the POST's flash attributes; the address is used as it is (encoded). */
    public static String follow(MockMvc mvc, ResultActions post, RequestPostProcessor as) throws Exception {
        MvcResult result = post.andExpect(MockMvcResultMatchers.status().is3xxRedirection()).andReturn();
        MockHttpServletRequestBuilder next = MockMvcRequestBuilders.get(
                URI.create(result.getResponse().getRedirectedUrl())).with(as);
        if (result.getResponse().getCookies().length > 0) {
            next.cookie(result.getResponse().getCookies());
        }
        next.flashAttrs(result.getFlashMap());
        return mvc.perform(next).andExpect(MockMvcResultMatchers.status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    public String codeSentTo(String mobile) {
        for (OutboxMessage message : outbox.findByRecipientOrderByIdDesc(mobile)) {
            Matcher matcher = CODE.matcher(message.getBody());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no code was sent to " + mobile);
    }

    /** The application's open approval task (in the receiving institution's tenant). */
    public Task approvalTask(Long applicationId) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(CreditConversionProcess.businessKey(applicationId)).singleResult();
    }

    /** Completes the approval step with 通过 for everyone it has not decided. */
    public void passRest(Long applicationId) {
        Task task = approvalTask(applicationId);
        tasks.setVariableLocal(task.getId(), CreditConversionProcess.VAR_DECISION,
                CreditConversionProcess.DECISION_PASSED);
        tasks.complete(task.getId());
    }
}
