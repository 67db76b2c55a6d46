package io.casehall.qualification.portal;

/**
 * One line of the source-data page: the label's message key, the value as people read it, and the value a pending
 * request asks for (null when none).
 */
public record RecordRow(String labelKey, String text, String pendingText) {
}
