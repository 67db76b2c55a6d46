package io.casehall.account.realname;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an applicant types reaches the reviewer's markdown form as plain text only. */
class ReviewFormTextTest {

    @Test
    void markupAndLinksStayText() {
        String shown = RealNameReviewListener.text("<b>化工</b>[链接](http://evil.example) www.evil.cn a@b.cn");
        assertThat(shown).doesNotContain("<b>").contains("&lt;b&gt;");
        assertThat(shown).contains("\\[链接\\]\\(");
        assertThat(shown).doesNotContain("http://").doesNotContain("www.evil").doesNotContain("a@b");
        assertThat(shown.replace("\u200B", "")).contains("http://evil.example");
    }

    @Test
    void emptyValuesShowADash() {
        assertThat(RealNameReviewListener.text(null)).isEqualTo("—");
        assertThat(RealNameReviewListener.text("化学工程")).isEqualTo("化学工程");
    }
}
