/**
 * 问题反馈: a learner reports a problem with one of their achievements in the portal; the institution answers it
 * (resolved or rejected, with a reply) on its page or in Tasklist — one task of {@code processes/achievement-feedback.bpmn}
 * in the institution's tenant — and the learner is told.
 */
package io.casehall.creditbank.feedback;
