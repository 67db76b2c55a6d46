/**
 * The Camunda engine as CaseHall runs it. Hardening (7.24 CE receives no more fixes): which expressions may be
 * evaluated, which beans models reach, the staff password policy, refusals that reach callers as 400. Conventions
 * every procedure gets: staff task names that show the case.
 */
package io.casehall.staff.engine;
