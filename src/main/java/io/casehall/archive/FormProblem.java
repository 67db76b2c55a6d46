package io.casehall.archive;

/** A problem with the application form: the field it concerns and the message key (with arguments) to show. */
public record FormProblem(String field, String messageKey, Object... args) {
}
