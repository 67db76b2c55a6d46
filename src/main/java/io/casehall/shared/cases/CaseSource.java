package io.casehall.shared.cases;

import java.util.List;

/**
 * A procedure's part of 我的办件: implement it as a Spring bean in the procedure's module and the centre picks it up.
 * Beans are asked in their {@link org.springframework.core.annotation.Order @Order}, which is also the order of the
 * procedure tabs.
 *
 * <p>Every method is called with the id of the signed-in applicant and must return only what is theirs (look
 * records up by that id, or by the identity their verified account proves). Texts are already in the request's
 * language ({@code io.casehall.shared.web.Messages}); times are instants (the page shows them in the business zone).
 */
public interface CaseSource {

    /** Which procedure this is: its key in the filter URL, its tab name, and where to start it. */
    CaseProcedure procedure();

    /** The applicant's cases of this procedure, in any order (the centre sorts them). */
    List<CaseRow> cases(long applicantId);

    /** Facts for the top of the centre, e.g. 档案状态 and 档案编号; shown even when there are no cases. */
    default List<CaseFact> facts(long applicantId) {
        return List.of();
    }
}
