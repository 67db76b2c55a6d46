package io.casehall.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The checks every journey relies on must be able to fail: pages made to break them are caught. */
@DisplayName("浏览器测试自检：页面检查能发现问题")
class PageChecksTest extends BrowserJourney {

    private static final String PHONE_HEAD = "<meta charset='utf-8'><meta name='viewport' content='width=device-width,"
            + " initial-scale=1'>";

    @Test
    @DisplayName("手机上比屏幕宽的页面被发现，并指出伸出去的元素")
    void aPageWiderThanThePhoneFails() {
        Window phone = applicant(Viewport.PHONE).window();
        phone.open(page(PHONE_HEAD + "<p>正常</p>"));
        assertThatThrownBy(() -> phone.open(page(PHONE_HEAD + "<table id='items'><tr><td style='min-width:560px'>"
                + "项目</td></tr></table>")))
                .hasMessageContaining("overflows sideways").hasMessageContaining("table#items");
    }

    @Test
    @DisplayName("手机上没有 viewport 声明的页面被发现")
    void aPageNotMadeForPhonesFails() {
        Window phone = applicant(Viewport.PHONE).window();
        assertThatThrownBy(() -> phone.open(page("<meta charset='utf-8'><p>没有 viewport</p>")))
                .hasMessageContaining("not laid out for a 390 px screen");
    }

    @Test
    @DisplayName("未解析的消息键被发现")
    void aMissingMessageKeyFails() {
        Window desktop = applicant(Viewport.DESKTOP).window();
        assertThatThrownBy(() -> desktop.open(page("<p>??realname.title_zh_CN??</p>")))
                .hasMessageContaining("missing message key");
    }

    private static String page(String html) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
