/**
 * Learner accounts (学员账户管理) and learners' achievements (学员成果管理) of an institution, their imports and guarded
 * exports, the accounts' activation by real-name verification, and the learners' own view in the portal.
 */
package io.casehall.creditbank.learner;
