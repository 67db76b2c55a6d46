package io.casehall.qualification.review;

import io.casehall.shared.web.FormProblem;
import java.util.List;

/** A roster-change form with problems: nothing was saved; the form comes back with the messages. */
class RosterFormException extends RuntimeException {

    private final transient List<FormProblem> problems;

    RosterFormException(List<FormProblem> problems) {
        super("roster change form refused: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    List<FormProblem> problems() {
        return problems;
    }
}
