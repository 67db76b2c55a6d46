package io.casehall.creditbank.web;

import io.casehall.creditbank.ExportGuard;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the institution space's lists share: the years of a year filter, list URLs that carry their filters (pager,
 * links, the export dialog), lenient parsing of filter values (a junk value is ignored, never a 500), and the export
 * dialog's 获取验证码 step.
 */
public final class ListPages {

    public static final int PAGE_SIZE = 10;
    public static final int FIRST_YEAR = 2015;

    private ListPages() {
    }

    public static List<Integer> years(Clock clock) {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(clock).getYear(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    /** The path with the non-blank parameters (a list, the export dialog) — what the pager and links carry. */
    public static String url(String path, Map<String, ?> params) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        params.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                list.forEach(item -> b.queryParam(k, item));
            } else if (v != null && !v.toString().isBlank()) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().toUriString();
    }

    public static Integer year(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 获取验证码: sends a code to the user's mobile and says so (or why not). */
    public static void sendCode(ExportGuard guard, InstitutionPrincipal me, Locale locale, Messages messages,
                         RedirectAttributes flash) {
        try {
            int minutes = guard.sendCode(me, locale);
            flash.addFlashAttribute("okMessage", messages.get("creditbank.export.codeSent", guard.phoneTail(me),
                    minutes));
        } catch (UserFacingException e) {
            flash.addFlashAttribute("errorMessage", messages.get(e));
        }
    }
}
