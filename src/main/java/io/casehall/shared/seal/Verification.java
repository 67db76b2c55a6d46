package io.casehall.shared.seal;

import java.time.Instant;

/**
 * What a check of a PDF or of a verification number found. Title, issue time and number come from
 * the issue registry and are present only when the document is known; the signer is the name in the
 * signing certificate, when one was found.
 */
public record Verification(Result result, String verificationNumber, String title, Instant issuedAt, String signer) {

    public enum Result {
        /** Signed with the university's seal, unmodified, and exactly the file that was issued. */
        GENUINE,
        /** The verification number belongs to a document the university issued (number look-up only). */
        ISSUED,
        /** The signature no longer matches the content, or something was added after signing. */
        MODIFIED,
        /** Nothing issued matches: an unknown verification number, or a valid seal on an unregistered file. */
        UNKNOWN,
        /** A PDF without a digital signature. */
        NOT_SIGNED,
        /** A signature that is broken, or made with a certificate that is not the university's seal. */
        INVALID_SIGNATURE,
        /** The file could not be read as a PDF. */
        UNREADABLE
    }

    public boolean genuine() {
        return result == Result.GENUINE;
    }

    static Verification of(Result result) {
        return new Verification(result, null, null, null, null);
    }

    static Verification of(Result result, String signer) {
        return new Verification(result, null, null, null, signer);
    }
}
