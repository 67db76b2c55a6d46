/**
 * Applicant accounts: registration with a one-time code, login, password reset, the message centre,
 * the graduate registry and real-name verification (P0).
 */
package io.casehall.account;
