package io.casehall.shared.web;

import java.util.Arrays;

/**
 * A refusal the user can act on. Carries a message key (resolved in the user's language) rather than
 * text, so the same rule reads correctly in Chinese and in English.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public UserFacingException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
