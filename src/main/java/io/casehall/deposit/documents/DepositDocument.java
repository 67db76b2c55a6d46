package io.casehall.deposit.documents;

import java.util.UUID;

/**
 * An issued document as the portal offers it: the stored document's id (download it through DocumentStore as
 * its owner), the verification number printed on it, and its file name.
 */
public record DepositDocument(DepositDocumentKind kind, UUID documentId, String verificationNumber, String fileName) {
}
