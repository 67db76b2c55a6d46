package io.casehall.account;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /captcha}: a fresh captcha image; its answer goes into the session. */
@Controller
class CaptchaController {

    private final CaptchaService captcha;

    CaptchaController(CaptchaService captcha) {
        this.captcha = captcha;
    }

    @GetMapping(value = "/captcha", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> image(HttpSession session) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(captcha.newImage(session));
    }
}
