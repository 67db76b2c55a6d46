package io.casehall.shared.document;

/** A document's bytes with what a download needs to present them. */
public record DocumentContent(StoredDocument document, byte[] bytes) {
}
