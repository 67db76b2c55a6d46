package io.casehall.account;

import io.casehall.shared.web.UserFacingException;

/** Business applications wait until real-name verification has passed. */
public class RealNameRequiredException extends UserFacingException {

    public RealNameRequiredException(RealNameStatus status) {
        super(status == RealNameStatus.PENDING ? "realname.required.pending" : "realname.required");
    }
}
