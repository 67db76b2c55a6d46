package io.casehall.shared.notification;

import java.util.Locale;

/** Where a notice goes: the applicant's message centre, e-mail and mobile, whichever are known. */
public record Recipient(Long applicantId, String email, String mobile, Locale locale) {

    public Recipient {
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }
}
