package io.casehall.archive.content;

/** A line of a document's content: a header field, a course row of a transcript, or a paragraph. */
public enum ContentKind {
    FIELD, COURSE, TEXT
}
