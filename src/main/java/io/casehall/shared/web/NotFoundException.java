package io.casehall.shared.web;

/**
 * The object does not exist or the caller may not see it. Both answer the same way so that ids
 * cannot be probed.
 */
public class NotFoundException extends UserFacingException {

    public NotFoundException() {
        super("error.notFound");
    }

    /** A not-found whose message says more than "not found" (e.g. a service that is no longer offered). */
    protected NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
