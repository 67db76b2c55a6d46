package io.casehall.shared.web;

/** One thing wrong with a form: the field it belongs to (form property path) and the message key with arguments. */
public record FormProblem(String field, String messageKey, Object... args) {
}
