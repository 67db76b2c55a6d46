package io.casehall.browser;

import io.casehall.account.CaptchaAnswers;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** The applicant's side: the portal pages, in the applicant's browser. */
public final class Portal {

    private final Window window;
    private final SessionRepository<? extends Session> sessions;

    Portal(Window window, SessionRepository<? extends Session> sessions) {
        this.window = window;
        this.sessions = sessions;
    }

    public Window window() {
        return window;
    }

    /** Signs in on 用户登录 (with the phone number, e-mail or ID number) and lands on the home page. */
    public Portal login(String username, String password) {
        window.step("登录").open("/login").fill("手机号码", username).fill("密码", password).press("登录");
        window.see("您好");
        return this;
    }

    /** 我的办件 in the menu: the applicant's cases of every procedure. */
    public Window openMyCases() {
        return window.step("点「我的办件」").press("我的办件").see("我的办件", "审核状态");
    }

    /** From 我的办件, the plan's clearance row: the student's graduation clearance, checkpoint by checkpoint. */
    public Window openClearance(String planName) {
        String row = "毕业离校（" + planName + "）";
        openMyCases().see(row);
        return window.step("点「" + row + "」").press(row).see("我的离校进度");
    }

    /**
     * On 我的离校进度: each checkpoint of the plan shown, as 「name」 → 「state」 or 「state · detail」 when the
     * checkpoint shows when it was handled and its remark (e.g. 图书馆 → 未通过 · 办理时间：… 备注：…).
     */
    public Map<String, String> clearanceSteps(String planName) {
        @SuppressWarnings("unchecked")
        Map<String, String> steps = (Map<String, String>) window.js("""
                const norm = s => (s || '').replace(/\\s+/g, ' ').trim();
                const card = [...document.querySelectorAll('main section.card')]
                    .find(c => norm(c.querySelector('h2') && c.querySelector('h2').innerText) === arguments[0]);
                if (!card) return null;
                const steps = {};
                for (const li of card.querySelectorAll('ul.steps li')) {
                  const name = li.querySelector('.step-name'), state = li.querySelector('.state'),
                      detail = li.querySelector('.step-detail');
                  steps[norm(name && name.innerText)] = norm(state && state.innerText)
                      + (detail ? ' · ' + norm(detail.innerText) : '');
                }
                return steps;""", "离校方案：" + planName);
        assertThat(steps).as("%s: the plan 「%s」 on %s", window, planName, window.path()).isNotNull();
        return steps;
    }

    /**
     * Types the answer of the picture captcha (图形验证码) shown on the page. A person reads it from the image;
     * the test reads the answer the server keeps in this browser's session, once the image has loaded.
     */
    public Portal answerCaptcha() {
        window.wait(d -> Boolean.TRUE.equals(window.js("const img = [...document.images].find(i => i.alt === '图形验证码');"
                + " return !!img && img.complete && img.naturalWidth > 0;")), "the picture captcha to load");
        String answer = window.wait(d -> {
            String cookie = window.cookie("SESSION");
            if (cookie == null) {
                return null;
            }
            Session session = sessions.findById(new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8));
            return session == null ? null : CaptchaAnswers.of(session);
        }, "the captcha's answer in the web session");
        window.fill("验证码", answer);
        return this;
    }
}
