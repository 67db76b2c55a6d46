package io.casehall.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an applicant types reaches a staff member's markdown Camunda Form as plain text only. */
class FormTextTest {

    @Test
    void markupAndLinksStayText() {
        String shown = FormText.plain("<b>化工</b>[链接](http://evil.example) www.evil.cn a@b.cn");
        assertThat(shown).doesNotContain("<b>").contains("&lt;b&gt;");
        assertThat(shown).contains("\\[链接\\]\\(");
        assertThat(shown).doesNotContain("http://").doesNotContain("www.evil").doesNotContain("a@b");
        assertThat(shown.replace("\u200B", "")).contains("http://evil.example");
    }

    @Test
    void emptyValuesShowADash() {
        assertThat(FormText.plain(null)).isEqualTo("—");
        assertThat(FormText.plain("化学工程")).isEqualTo("化学工程");
    }
}
