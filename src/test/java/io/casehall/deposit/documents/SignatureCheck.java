package io.casehall.deposit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks a PDF's signature as any PDF verifier does, independently of the application's own inspector: the
 * byte range covers the whole file but the signature, the CMS message digest is the SHA-256 of those bytes,
 * and the signature value verifies with the certificate it carries.
 */
final class SignatureCheck {

    private SignatureCheck() {
    }

    static void assertValid(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getSignatureDictionaries()).hasSize(1);
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).isEqualTo(pdf.length);

            ByteArrayOutputStream signed = new ByteArrayOutputStream();
            signed.write(pdf, range[0], range[1]);
            signed.write(pdf, range[2], range[3]);
            // /Contents is padded with zeros after the DER of the CMS: read just the one object.
            ContentInfo contentInfo;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
                contentInfo = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed.toByteArray()), contentInfo);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();

            byte[] digest = ASN1OctetString.getInstance(signer.getSignedAttributes().get(CMSAttributes.messageDigest)
                    .getAttrValues().getObjectAt(0)).getOctets();
            assertThat(Arrays.equals(digest, MessageDigest.getInstance("SHA-256").digest(signed.toByteArray())))
                    .as("message digest over the signed byte range").isTrue();
        }
    }
}
