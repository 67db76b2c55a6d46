package io.casehall.account;

import io.casehall.shared.web.UserFacingException;

/**
 * A one-time code was refused (wrong, expired, used up, none sent) or cannot be sent yet. The message key
 * says which; forms show it next to the code field.
 */
class VerificationCodeException extends UserFacingException {

    VerificationCodeException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
