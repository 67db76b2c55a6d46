package io.casehall.clearance.web;

import static io.casehall.clearance.ClearanceFixtures.ADMIN;
import static io.casehall.clearance.GraduationClearanceProcess.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.casehall.clearance.*;
import io.casehall.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class DumpPagesTmpTest extends IntegrationTest {
    @Autowired ClearanceService clearance;

    @Test
    void dump() throws Exception {
        List<ClearanceFixtures.Student> s = List.of(ClearanceFixtures.master("张思"), ClearanceFixtures.undergraduate("李思"), ClearanceFixtures.master("王思"));
        PlanSummary plan = clearance.createPlan("2020级研究生6月份-" + System.nanoTime(), ADMIN);
        clearance.importStudents(plan.id(), "s.xlsx", ClearanceFixtures.studentsWorkbook(s), ADMIN);
        clearance.launchAndWait(plan.id(), ADMIN);
        long id0 = clearance.searchAtCheckpoint(plan.id(), TASK_LIBRARY, StudentFilter.none(), 0, 10).getContent().get(0).student().id();
        clearance.decide(plan.id(), TASK_LIBRARY, id0, Verdict.FAIL, "书未还", ADMIN);
        var auth = authentication(UsernamePasswordAuthenticationToken.authenticated(ADMIN, null,
                AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_ADMIN", "GROUP_camunda-admin")));
        Files.createDirectories(Path.of("/tmp/clearweb-pages"));
        for (String[] p : new String[][] {{"plans", "/staff/clearance"}, {"plan", "/staff/clearance/plans/" + plan.id()},
                {"onsite", "/staff/clearance/plans/" + plan.id() + "/checkpoints/" + TASK_LIBRARY},
                {"query", "/staff/clearance/plans/" + plan.id() + "/students"},
                {"stats", "/staff/clearance/plans/" + plan.id() + "/statistics"},
                {"handover", "/staff/clearance/plans/" + plan.id() + "/handover"},
                {"onsite_en", "/staff/clearance/plans/" + plan.id() + "/checkpoints/" + TASK_LIBRARY + "?lang=en"}}) {
            String html = mvc.perform(get(p[1]).with(auth)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Files.writeString(Path.of("/tmp/clearweb-pages/" + p[0] + ".html"), html.replace("/css/", "file:///work/main/src/main/resources/static/css/"));
        }
    }
}
