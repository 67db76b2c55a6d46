package io.casehall.shared.seal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code casehall.seal.*} settings, each with a code default so that a fresh checkout runs without
 * configuration. Password, alias and verification URL also fall back to the environment variables
 * {@code CASEHALL_SEAL_KEYSTORE_PASSWORD}, {@code CASEHALL_SEAL_KEY_ALIAS} and
 * {@code CASEHALL_SEAL_VERIFICATION_URL} ({@code CASEHALL_SEAL_KEYSTORE} binds by itself). A blank
 * password means "generate one next to a generated keystore".
 */
@Component
class SealSettings {

    private final String universityName;
    private final String universityNameEn;
    private final String sealText;
    private final Path keystore;
    private final String keystorePassword;
    private final String keyAlias;
    private final VerificationAddress verificationAddress;

    SealSettings(@Value("${casehall.seal.university-name:CaseHall 示范大学}") String universityName,
                 @Value("${casehall.seal.university-name-en:CaseHall Demonstration University}") String universityNameEn,
                 @Value("${casehall.seal.seal-text:证明专用章}") String sealText,
                 @Value("${casehall.seal.keystore:./data/seal/seal.p12}") String keystore,
                 @Value("${casehall.seal.keystore-password:${CASEHALL_SEAL_KEYSTORE_PASSWORD:}}") String keystorePassword,
                 @Value("${casehall.seal.key-alias:${CASEHALL_SEAL_KEY_ALIAS:seal}}") String keyAlias,
                 VerificationAddress verificationAddress) {
        this.universityName = universityName;
        this.universityNameEn = universityNameEn;
        this.sealText = sealText;
        this.keystore = Path.of(keystore).toAbsolutePath().normalize();
        this.keystorePassword = keystorePassword == null ? "" : keystorePassword;
        this.keyAlias = keyAlias;
        this.verificationAddress = verificationAddress;
    }

    /** Printed around the seal and above the issue date. */
    String universityName() {
        return universityName;
    }

    String universityNameEn() {
        return universityNameEn;
    }

    /** Printed across the bottom of the seal, e.g. 证明专用章. */
    String sealText() {
        return sealText;
    }

    Path keystore() {
        return keystore;
    }

    String keystorePassword() {
        return keystorePassword;
    }

    String keyAlias() {
        return keyAlias;
    }

    /** Where a reader checks the document; printed in the footer: always a full URL ({@link VerificationAddress}). */
    String verificationUrl() {
        return verificationAddress.url();
    }

    /** The name the signature carries (the PDF signature's /Name). */
    String signerName() {
        return universityName + " " + sealText;
    }
}
