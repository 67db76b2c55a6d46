package io.casehall.account;

import org.springframework.session.Session;

/** Reads the answer of the image captcha from a web session, as the person looking at the image would. */
public final class CaptchaAnswers {

    private CaptchaAnswers() {
    }

    /** The answer of the session's current challenge, or null when none was drawn. */
    public static String of(Session session) {
        CaptchaService.Challenge challenge = session.getAttribute(CaptchaService.SESSION_ATTRIBUTE);
        return challenge == null ? null : challenge.answer();
    }
}
