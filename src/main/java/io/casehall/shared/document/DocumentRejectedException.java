package io.casehall.shared.document;

import io.casehall.shared.web.UserFacingException;

/**
 * An upload that breaks its policy: empty, too large, an unsupported type, not what its name says, or content
 * that does not open (damaged, encrypted, too many pixels).
 */
public class DocumentRejectedException extends UserFacingException {

    public DocumentRejectedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
