/**
 * Hardening of the Camunda engine CaseHall embeds (7.24 CE receives no more fixes): which expressions may be
 * evaluated, which beans models reach, the staff password policy, and refusals that reach callers as 400.
 */
package io.casehall.staff.engine;
