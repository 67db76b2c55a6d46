package io.casehall.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Formats of the addresses an account is registered with. */
final class Contacts {

    /** Mainland China mobile numbers: 11 digits starting 13–19. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    static final int EMAIL_MAX = 254;

    private Contacts() {
    }

    static String normalizeMobile(String mobile) {
        return mobile == null ? "" : mobile.replace(" ", "").replace("-", "").trim();
    }

    static boolean isMobile(String normalized) {
        return MOBILE.matcher(normalized).matches();
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    static boolean isEmail(String normalized) {
        return normalized.length() <= EMAIL_MAX && EMAIL.matcher(normalized).matches();
    }
}
