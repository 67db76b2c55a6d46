/**
 * 我的办件, the applicant's one list of cases across procedures: what a procedure contributes
 * ({@link io.casehall.shared.cases.CaseSource}, a Spring bean in the procedure's own module) and how the
 * contributions are collected into one list ({@link io.casehall.shared.cases.CaseCentre}).
 */
package io.casehall.shared.cases;
