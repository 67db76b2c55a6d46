package io.casehall.qualification.portal;

import io.casehall.shared.web.FormProblem;
import java.util.List;

/** A graduate's form refused with a message at each field concerned; the page shows the form again as typed. */
class PortalFormException extends RuntimeException {

    private final transient List<FormProblem> problems;

    PortalFormException(List<FormProblem> problems) {
        super(problems.stream().map(FormProblem::messageKey).toList().toString());
        this.problems = List.copyOf(problems);
    }

    PortalFormException(String field, String messageKey, Object... args) {
        this(List.of(new FormProblem(field, messageKey, args)));
    }

    List<FormProblem> problems() {
        return problems;
    }
}
