package io.casehall.creditbank.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every page of 转换规则管理 and the portal's rules reads in English with {@code ?lang=en}, messages included. */
class ConversionRulesEnglishTest extends IntegrationTest {

    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}，。：；（）、“”？！【】《》]");
    /** Data TestInstitutions and RuleFixtures write in Chinese, and the language switch. */
    private static final List<String> DATA = List.of("湖南省教育厅", "李校长", "长沙市岳麓区学府路1号", "中文",
            "测试转换说明", "转换规则.pdf");

    @Autowired
    RuleFixtures fixtures;
    @Autowired
    AchievementRepository achievements;
    @Autowired
    Clock clock;

    private final List<String> problems = new ArrayList<>();

    @Test
    void rulePagesReadInEnglish() throws Exception {
        InstitutionPrincipal me = fixtures.institution("Riverside Polytechnic ");
        InstitutionPrincipal other = fixtures.institution("Harbour Culinary School ");
        RequestPostProcessor as = RuleFixtures.as(me);
        long source = save(other, "Cooking Certificate", AchievementSubtype.OTHER_NON_DEGREE, "高级");
        long major = save(me, "Statistics Diploma", AchievementSubtype.HIGHER_CERTIFICATE, "本科");
        long course = save(me, "Statistics Course", AchievementSubtype.HIGHER_COURSE, null);
        long theirs = save(other, "Kitchen Course", AchievementSubtype.HIGHER_COURSE, null);
        long mine = save(me, "Welding Certificate", AchievementSubtype.OTHER_NON_DEGREE, "高级");
        fixtures.publishedMethod(other);
        ConversionRule related = fixtures.rule(other, mine, theirs, true);
        ConversionRules.Content content = new ConversionRules.Content("NON_DEGREE_TO_DEGREE",
                List.of(new RuleForm.SourceLine(source, "5")), major, course, "Credits by the bank standard", true);
        ConversionRule draft = fixtures.rule(me, source, course, false);
        fixtures.publishedMethod(me);
        ConversionRule ownPublished = fixtures.rule(me, source, course, true);

        page("/institution/rules", as);
        page("/institution/rules?tab=related", as);
        page("/institution/rules/new?searchName=Cooking", as);
        page("/institution/rules/" + draft.getId(), as);
        page("/institution/rules/" + draft.getId() + "/edit", as);
        page("/institution/rules/" + draft.getId() + "/delete", as);
        page("/institution/rules/" + related.getId(), as);
        page("/institution/rules/" + ownPublished.getId() + "/withdraw", as);
        page("/institution", as);
        page("/creditbank/rules?institution=Harbour", null);
        page("/creditbank/rules/" + related.getId(), null);

        // A refused form in English, everything typed kept.
        MvcResult refused = mvc.perform(multipart("/institution/rules/new").param("lang", "en")
                .param("type", "NON_DEGREE_TO_DEGREE").param("sources[0].achievementId", String.valueOf(source))
                .param("sources[0].credits", "0").param("targetCourseId", String.valueOf(course))
                .param("description", content.description()).param("commitment", "true").param("action", "save")
                .with(csrf()).with(as)).andReturn();
        assertThat((String) refused.getFlashMap().get("errorMessage")).contains("credit bank credits");
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    private long save(InstitutionPrincipal owner, String name, AchievementSubtype subtype, String level) {
        boolean course = subtype.isCourse();
        return achievements.save(new Achievement(owner.institutionId(), new AchievementData(name, subtype,
                owner.institutionName(), level, null, null, course ? null : "Economic statistics",
                course ? null : "020102", null, null, course ? new BigDecimal("45") : null,
                course ? new BigDecimal("3") : null, null, null, "A test achievement"), owner.userId(),
                clock.instant())).getId();
    }

    private void page(String url, RequestPostProcessor as) throws Exception {
        var request = get(url).param("lang", "en");
        if (as != null) {
            request.with(as);
        }
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (result.getResponse().getStatus() != 200) {
            problems.add(url + " answered " + result.getResponse().getStatus());
            return;
        }
        String checked = url.startsWith("/creditbank") || url.equals("/institution") ? main(body) : body;
        checked = checked.replaceAll("(?s)<!--.*?-->", "").replaceAll(" value=\"[^\"]*\"", "");
        for (String data : DATA) {
            checked = checked.replace(data, "");
        }
        Matcher han = HAN.matcher(checked);
        if (han.find()) {
            int from = Math.max(0, han.start() - 80);
            problems.add(url + ": " + checked.substring(from, Math.min(checked.length(), han.end() + 40)));
        }
    }

    private static String main(String body) {
        int from = body.indexOf("<main");
        int to = body.indexOf("</main>");
        return from >= 0 && to > from ? body.substring(from, to) : body;
    }
}
