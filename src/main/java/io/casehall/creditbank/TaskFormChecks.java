package io.casehall.creditbank;

import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.context.MessageSource;

/**
 * What the credit bank's task listeners share when they repeat a form's checks on completion (Tasklist's own checks
 * can be skipped through REST): the typed text, and the refusal a person reads — the engine answers 400 with the
 * Chinese message, Tasklist shows it, no stack trace, nothing changes.
 */
public final class TaskFormChecks {

    private TaskFormChecks() {
    }

    /** The value as typed, trimmed; null when nothing was typed. */
    public static String text(Object value) {
        String text = value == null ? "" : value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    public static void refuse(MessageSource messages, String key, Object... args) {
        throw new BadUserRequestException(messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE));
    }
}
