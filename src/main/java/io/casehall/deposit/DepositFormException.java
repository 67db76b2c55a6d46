package io.casehall.deposit;

import io.casehall.shared.web.FormProblem;
import io.casehall.shared.web.UserFacingException;
import java.util.List;

/**
 * A form refused with every problem found (the first is the headline message). The form object passed in keeps
 * what was typed and the uploads that were stored, so the page can show it again.
 */
public class DepositFormException extends UserFacingException {

    private final transient List<FormProblem> problems;

    public DepositFormException(List<FormProblem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<FormProblem> problems() {
        return problems;
    }
}
