package io.casehall.shared.document;

import io.casehall.shared.web.UserFacingException;

/** An upload that breaks its policy: empty, too large, an unsupported type, or not what its name says. */
public class DocumentRejectedException extends UserFacingException {

    public DocumentRejectedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
