package io.casehall.shared.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sealing key: generated on the first start, reused afterwards, or taken from an installed PKCS#12. */
class SealKeystoreTest {

    @TempDir
    Path folder;

    @Test
    void theFirstStartGeneratesADemoKeyAndTheSecondReusesIt() throws Exception {
        Path file = folder.resolve("seal/seal.p12");
        SealKeystore first = new SealKeystore(SealFixture.settings(file, ""), SealFixture.CLOCK);

        assertThat(file).exists();
        Path password = folder.resolve("seal/seal.p12.password");
        assertThat(password).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.certificate().getSubjectX500Principal().getName())
                .contains("CN=CaseHall 示范大学 证明专用章 (demo)");
        assertThat(((RSAPublicKey) first.certificate().getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        boolean[] usage = first.certificate().getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[1]).as("nonRepudiation").isTrue();
        assertThat(usage[5]).as("keyCertSign").isFalse();
        Duration validity = Duration.between(first.certificate().getNotBefore().toInstant(),
                first.certificate().getNotAfter().toInstant());
        assertThat(validity.toDays()).isBetween(3650L, 3660L);

        SealKeystore second = new SealKeystore(SealFixture.settings(file, ""), SealFixture.CLOCK);
        assertThat(second.certificate()).isEqualTo(first.certificate());
        assertThat(second.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
    }

    @Test
    void aConfiguredPasswordIsUsedAndNoPasswordFileIsWritten() {
        Path file = folder.resolve("seal.p12");
        SealKeystore generated = new SealKeystore(SealFixture.settings(file, "Configured-Secret-1"), SealFixture.CLOCK);

        assertThat(folder.resolve("seal.p12.password")).doesNotExist();
        assertThat(new SealKeystore(SealFixture.settings(file, "Configured-Secret-1"), SealFixture.CLOCK).certificate())
                .isEqualTo(generated.certificate());
        assertThatThrownBy(() -> new SealKeystore(SealFixture.settings(file, "wrong"), SealFixture.CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(file.toString());
    }

    @Test
    void anInstalledKeystoreWithItsOwnAliasIsUsedAsItIs() throws Exception {
        Path demo = folder.resolve("demo.p12");
        SealKeystore source = new SealKeystore(SealFixture.settings(demo, "pw-123456"), SealFixture.CLOCK);
        KeyStore university = KeyStore.getInstance("PKCS12");
        university.load(null, null);
        university.setKeyEntry("university-seal-2026", source.privateKey(), "pw-123456".toCharArray(),
                new Certificate[] {source.certificate()});
        Path installed = folder.resolve("installed.p12");
        try (OutputStream out = Files.newOutputStream(installed)) {
            university.store(out, "pw-123456".toCharArray());
        }

        SealKeystore used = new SealKeystore(SealFixture.settings(installed, "pw-123456"), SealFixture.CLOCK);
        assertThat(used.certificate()).isEqualTo(source.certificate());
        assertThat(used.chain()).hasSize(1);
    }
}
