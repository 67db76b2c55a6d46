package io.casehall.shared.seal;

import java.util.UUID;

/**
 * A sealed PDF that was issued: the stored document's id (read it through DocumentStore), the
 * verification number printed on it, its file name and the SHA-256 of its bytes.
 */
public record SealedPdf(UUID documentId, String verificationNumber, String fileName, String sha256) {
}
