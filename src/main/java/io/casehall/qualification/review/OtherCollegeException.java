package io.casehall.qualification.review;

import org.springframework.security.access.AccessDeniedException;

/**
 * A reviewer named a college, graduate, request or roster change that is not of their college: 403 with a page that
 * says so (see {@link ReviewErrorAdvice}), and nothing of the other college's data.
 */
public class OtherCollegeException extends AccessDeniedException {

    public OtherCollegeException() {
        super("not a reviewer of this college");
    }
}
