package io.casehall.shared.notification;

/**
 * A notice to send. Text comes from the message bundle: {@code <messageKey>.subject} and
 * {@code <messageKey>.body} with the given arguments. The dedup key makes a retried send harmless: the
 * same key reaches each channel once.
 */
public record Notice(String dedupKey, String messageKey, Object[] args, String link) {

    public static Notice of(String dedupKey, String messageKey, String link, Object... args) {
        return new Notice(dedupKey, messageKey, args, link);
    }
}
