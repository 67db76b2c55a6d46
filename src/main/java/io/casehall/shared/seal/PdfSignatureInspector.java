package io.casehall.shared.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Arrays;

/**
 * Checks the last digital signature of a PDF on its own terms: its ByteRange is well formed and leaves
 * out nothing but the /Contents hex string, the CMS parses, the signed message digest equals the digest
 * of the signed bytes, and the signature value verifies with the certificate inside. Whether the
 * certificate is trusted and the file was issued is for the caller to decide.
 */
final class PdfSignatureInspector {

    enum Status {
        /** Not a PDF that PDFBox can open. */
        UNREADABLE,
        NOT_SIGNED,
        /** The signature structure or value is wrong: ByteRange, CMS, certificate or RSA check. */
        BROKEN,
        /** The signature is intact but the bytes it covers have changed. */
        DIGEST_MISMATCH,
        VALID
    }

    /**
     * @param signer the certificate that signed (null unless the CMS named one)
     * @param coversWholeFile the ByteRange reaches the end of the file (nothing was appended)
     * @param signedRevisionSha256 SHA-256 of the file up to the end of the ByteRange: the revision that was signed
     */
    record Facts(Status status, X509CertificateHolder signer, boolean coversWholeFile, String signedRevisionSha256) {

        static Facts of(Status status) {
            return new Facts(status, null, false, null);
        }

        String signerName() {
            if (signer == null) {
                return null;
            }
            RDN[] names = signer.getSubject().getRDNs(BCStyle.CN);
            return names.length > 0 ? IETFUtils.valueToString(names[0].getFirst().getValue())
                    : signer.getSubject().toString();
        }
    }

    private PdfSignatureInspector() {
    }

    static Facts inspect(byte[] pdf) {
        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            signatures = document.getSignatureDictionaries();
        } catch (IOException | RuntimeException unreadable) {
            return Facts.of(Status.UNREADABLE);
        }
        if (signatures.isEmpty()) {
            return Facts.of(Status.NOT_SIGNED);
        }
        PDSignature signature = signatures.stream()
                .max(Comparator.comparingLong(PdfSignatureInspector::signedEnd)).orElseThrow();
        try {
            return check(pdf, signature);
        } catch (Exception broken) {
            return Facts.of(Status.BROKEN);
        }
    }

    private static Facts check(byte[] pdf, PDSignature signature) throws Exception {
        int[] range = signature.getByteRange();
        if (!wellFormed(range, pdf)) {
            return Facts.of(Status.BROKEN);
        }
        byte[] signedContent = signature.getSignedContent(pdf);
        byte[] contents = HexFormat.of().parseHex(new String(pdf, range[1] + 1, range[2] - range[1] - 2,
                StandardCharsets.US_ASCII));
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contentInfo(contents));
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return Facts.of(Status.BROKEN);
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return Facts.of(Status.BROKEN);
        }
        X509CertificateHolder certificate = matches.iterator().next();
        int end = range[2] + range[3];
        boolean wholeFile = end == pdf.length;
        String revision = Hashes.sha256Hex(pdf, end);

        AttributeTable signed = signer.getSignedAttributes();
        Attribute digestAttribute = signed == null ? null : signed.get(CMSAttributes.messageDigest);
        if (digestAttribute == null) {
            return new Facts(Status.BROKEN, certificate, wholeFile, revision);
        }
        byte[] claimed = ASN1OctetString.getInstance(digestAttribute.getAttrValues().getObjectAt(0)).getOctets();
        byte[] actual = digest(signer.getDigestAlgorithmID(), signedContent);
        if (!MessageDigest.isEqual(claimed, actual)) {
            return new Facts(Status.DIGEST_MISMATCH, certificate, wholeFile, revision);
        }
        boolean verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))
                && certificateMatchesSigningCertificateV2(signed, certificate);
        return new Facts(verified ? Status.VALID : Status.BROKEN, certificate, wholeFile, revision);
    }

    /** The CMS at the start of /Contents; the zero padding after it is not part of it. */
    static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    /** [0 a b c]: starts at 0, a gap that is exactly one hex string, ends inside the file. */
    private static boolean wellFormed(int[] range, byte[] pdf) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1
                || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
            return false;
        }
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>' || (range[2] - range[1]) % 2 != 0) {
            return false;
        }
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** If the signer names its certificate (ESS signing-certificate-v2), it must be this one. */
    private static boolean certificateMatchesSigningCertificateV2(AttributeTable signed,
                                                                   X509CertificateHolder certificate)
            throws IOException, OperatorCreationException {
        Attribute attribute = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return true;
        }
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
        if (ids.length == 0) {
            return false;
        }
        byte[] expected = digest(ids[0].getHashAlgorithm(), certificate.getEncoded());
        return Arrays.areEqual(expected, ids[0].getCertHash());
    }

    private static byte[] digest(AlgorithmIdentifier algorithm, byte[] content)
            throws IOException, OperatorCreationException {
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(content);
        }
        return calculator.getDigest();
    }

    private static long signedEnd(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range != null && range.length == 4 ? (long) range[2] + range[3] : -1;
    }
}
