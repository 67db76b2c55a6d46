/**
 * Vocational-education credit bank (P5, 学分银行): institutions as Camunda tenants with their users, the
 * achievements they store, their learners and the learners' achievements; conversion builds on it.
 */
package io.casehall.creditbank;
