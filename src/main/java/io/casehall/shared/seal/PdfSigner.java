package io.casehall.shared.seal;

import io.casehall.shared.seal.BilingualPdfRenderer.SealPlacement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Signs a rendered PDF as PAdES baseline B-B: an incremental update with a signature dictionary of
 * SubFilter ETSI.CAdES.detached whose /Contents is a detached CMS SignedData (SHA-256 with RSA)
 * carrying the signer's certificate and the signing-certificate-v2 attribute, and no CMS signing-time
 * (PAdES puts the time in the dictionary's /M). The signature field's widget covers the drawn seal,
 * so clicking the seal in a PDF reader opens the signature's details.
 */
@Component
class PdfSigner {

    static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /** Room for the CMS: a 3072-bit signature and a certificate chain of a few certificates. */
    private static final int SIGNATURE_SIZE = 24 * 1024;

    private final SealKeystore keys;
    private final SealSettings settings;

    PdfSigner(SealKeystore keys, SealSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    byte[] sign(BilingualPdfRenderer.Rendered rendered, Instant signingTime, ZoneId zone) {
        try (PDDocument document = Loader.loadPDF(rendered.bytes());
             SignatureOptions options = new SignatureOptions();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            signature.setName(settings.signerName());
            signature.setReason("证明专用章 Archive certificate");
            signature.setLocation(settings.universityName());
            Calendar time = GregorianCalendar.from(signingTime.atZone(zone));
            signature.setSignDate(time);

            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            options.setPage(rendered.seal().page());
            options.setVisualSignature(new ByteArrayInputStream(
                    widgetTemplate(document.getPage(rendered.seal().page()), rendered.seal())));
            document.addSignature(signature, this::cms, options);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detached CMS SignedData over the bytes PDFBox hands over (the file minus the /Contents gap). */
    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate certificate = keys.certificate();
            X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
            ESSCertIDv2 certId = new ESSCertIDv2(
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            DefaultSignedAttributeTableGenerator defaults =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            CMSAttributeTableGenerator withoutSigningTime =
                    parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);

            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(withoutSigningTime)
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(List.copyOf(keys.chain())));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Could not sign: " + e.getMessage(), e);
        }
    }

    /**
     * A one-page document holding just the signature field, which PDFBox copies into the signed file:
     * a widget over the seal with a transparent appearance (the seal itself is in the page content, so
     * it shows and prints in every reader).
     */
    private static byte[] widgetTemplate(PDPage target, SealPlacement seal) throws IOException {
        try (PDDocument template = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(target.getMediaBox());
            template.addPage(page);
            PDAcroForm acroForm = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);
            acroForm.getFields().add(field);
            PDRectangle area = seal.area();
            widget.setRectangle(area);
            widget.setPage(page);

            PDFormXObject form = new PDFormXObject(new PDStream(template));
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(area.getWidth(), area.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            appearance.setNormalAppearance(new PDAppearanceStream(form.getCOSObject()));
            widget.setAppearance(appearance);
            page.getAnnotations().add(widget);
            template.save(out);
            return out.toByteArray();
        }
    }
}
