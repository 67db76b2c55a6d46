package io.casehall.shared.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The place selects fragment renders the options of the current choice and keeps it. */
class PlaceSelectsWebTest extends IntegrationTest {

    @Test
    void aCountyChoiceShowsAllThreeLevelsSelected() throws Exception {
        String page = page("/test/place-form?householdProvince=130000&householdCity=130100&householdDistrict=130102&check=true");
        assertThat(page).containsPattern("<option value=\"130000\" selected=\"selected\">河北省</option>")
                .containsPattern("<option value=\"130100\" selected=\"selected\">石家庄市</option>")
                .containsPattern("<option value=\"130102\" selected=\"selected\">长安区</option>")
                .contains("河北省 石家庄市 长安区", "data-children-url=\"/reference/divisions/\"", "src=\"/js/divisions.js\"")
                .doesNotContain("field-error", "style=");
    }

    @Test
    void aMunicipalityHasItsDistrictsInTheSecondSelectAndNoThird() throws Exception {
        String page = page("/test/place-form?householdProvince=110000&householdCity=110108&check=true");
        assertThat(page).containsPattern("<option value=\"110108\" selected=\"selected\">海淀区</option>")
                .contains("北京市 海淀区", "<option value=\"\">请选择区县</option>")
                .containsPattern("<select[^>]*hidden=\"hidden\"[^>]*name=\"householdDistrict\"");
    }

    @Test
    void anIncompleteChoiceIsRefusedAndKept() throws Exception {
        String page = page("/test/place-form?householdProvince=130000&householdCity=&check=true");
        assertThat(page).contains("请选择到区县一级", "石家庄市")
                .containsPattern("<option value=\"130000\" selected=\"selected\">河北省</option>");
        assertThat(page("/test/place-form?householdProvince=130000&householdCity=110108&check=true"))
                .contains("所选地区不在行政区划代码表中");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user("applicant").roles("APPLICANT"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
