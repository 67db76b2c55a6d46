package io.casehall.shared.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The sealing key and certificate, from a PKCS#12 keystore. On the very first start, when the file is
 * missing, a demo key (RSA 3072, self-signed, ten years) is generated; without a configured password a
 * random one is kept in {@code <keystore>.password} beside it, readable by the owner only. Nodes of a
 * cluster point at the same file; a file lock keeps two nodes starting together from both generating.
 */
@Component
class SealKeystore {

    private static final Logger log = LoggerFactory.getLogger(SealKeystore.class);
    private static final Object JVM_LOCK = new Object();
    private static final Duration VALIDITY = Duration.ofDays(3653);

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    SealKeystore(SealSettings settings, Clock clock) {
        Path file = settings.keystore();
        Path passwordFile = file.resolveSibling(file.getFileName() + ".password");
        try {
            synchronized (JVM_LOCK) {
                Files.createDirectories(file.getParent());
                try (FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    if (!Files.exists(file)) {
                        generate(settings, file, passwordFile, clock.instant());
                    }
                }
            }
            char[] password = password(settings, file, passwordFile);
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                keyStore.load(in, password);
            }
            String alias = alias(keyStore, settings.keyAlias(), file);
            this.privateKey = (PrivateKey) keyStore.getKey(alias, password);
            Certificate[] certificates = keyStore.getCertificateChain(alias);
            this.chain = Arrays.stream(certificates).map(X509Certificate.class::cast).toList();
            log.info("Sealing certificate: {} (valid until {}), keystore {}", certificate().getSubjectX500Principal(),
                    certificate().getNotAfter().toInstant(), file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the seal keystore " + file + ": " + e.getMessage()
                    + " (check casehall.seal.keystore and CASEHALL_SEAL_KEYSTORE_PASSWORD)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use the seal keystore " + file + ": " + e.getMessage(), e);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** The signing certificate. */
    X509Certificate certificate() {
        return chain.get(0);
    }

    /** The signing certificate followed by its issuers, as the keystore holds them. */
    List<X509Certificate> chain() {
        return chain;
    }

    private static char[] password(SealSettings settings, Path file, Path passwordFile) throws IOException {
        if (!settings.keystorePassword().isBlank()) {
            return settings.keystorePassword().toCharArray();
        }
        if (Files.exists(passwordFile)) {
            return Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
        }
        throw new IOException("no password: set CASEHALL_SEAL_KEYSTORE_PASSWORD for " + file);
    }

    private static String alias(KeyStore keyStore, String configured, Path file) throws GeneralSecurityException {
        if (configured != null && !configured.isBlank() && keyStore.isKeyEntry(configured)) {
            return configured;
        }
        List<String> keyAliases = Collections.list(keyStore.aliases()).stream().filter(alias -> {
            try {
                return keyStore.isKeyEntry(alias);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }).toList();
        if (keyAliases.size() == 1) {
            return keyAliases.get(0);
        }
        throw new GeneralSecurityException("no key entry '" + configured + "' in " + file + " (entries: " + keyAliases
                + "); set casehall.seal.key-alias");
    }

    private static void generate(SealSettings settings, Path file, Path passwordFile, Instant now)
            throws IOException, GeneralSecurityException {
        char[] password;
        if (settings.keystorePassword().isBlank()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
            writeOwnerOnly(passwordFile, new String(password).getBytes(StandardCharsets.UTF_8));
        } else {
            password = settings.keystorePassword().toCharArray();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair keyPair = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(keyPair, settings, now);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry(settings.keyAlias(), keyPair.getPrivate(), password, new Certificate[] {certificate});
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            keyStore.store(out, password);
            writeOwnerOnly(file, out.toByteArray());
        }
        log.warn("""
                Generated a DEMO sealing key: {} with a self-signed certificate "{}". PDF readers will show \
                its signatures as valid but the signer as untrusted. For production put the university's \
                PKCS#12 at casehall.seal.keystore and set CASEHALL_SEAL_KEYSTORE_PASSWORD.{}""",
                file, certificate.getSubjectX500Principal().getName(),
                settings.keystorePassword().isBlank() ? " Its random password is in " + passwordFile + "." : "");
    }

    private static X509Certificate selfSigned(KeyPair keyPair, SealSettings settings, Instant now)
            throws GeneralSecurityException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, settings.universityName())
                .addRDN(BCStyle.CN, settings.signerName() + " (demo)")
                .build();
        BigInteger serial = new BigInteger(127, new SecureRandom());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject, keyPair.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        try {
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate())));
        } catch (OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** Writes through a temporary file (created owner-only where POSIX permissions exist) and an atomic move. */
    private static void writeOwnerOnly(Path target, byte[] content) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part", attributes);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                out.write(content);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
