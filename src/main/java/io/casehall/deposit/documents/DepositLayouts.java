package io.casehall.deposit.documents;

import io.casehall.shared.seal.BilingualDocument;
import io.casehall.shared.seal.BilingualDocument.Block;
import io.casehall.shared.seal.BilingualDocument.Box;
import io.casehall.shared.seal.BilingualDocument.CutLine;
import io.casehall.shared.seal.BilingualDocument.Field;
import io.casehall.shared.seal.BilingualDocument.Fields;
import io.casehall.shared.seal.BilingualDocument.Issuer;
import io.casehall.shared.seal.BilingualDocument.Paragraph;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The three documents as bilingual layouts, worded as the archive office writes them: addressed to the agency,
 * the facts, the request or the certification, the closing formula (特此通知 / 特此函告 / 特此证明), then the seal.
 */
@Component
class DepositLayouts {

    private final DepositTexts texts;
    private final DepositOfficeProperties office;

    DepositLayouts(DepositTexts texts, DepositOfficeProperties office) {
        this.texts = texts;
        this.office = office;
    }

    /**
     * The upper part is the notice to the agency holding the archive, sealed; below the cut line the slip the
     * agency sticks on the sealed envelope, by which the office matches the envelope to the application.
     */
    BilingualDocument transferNotice(TransferNotice n) {
        String serviceZh = texts.zh("service." + n.service().name());
        String serviceEn = texts.en("service." + n.service().name());
        Box slip = new Box(texts.zh("slip.heading"), texts.en("slip.heading"), List.of(
                field("applicationNumber", n.applicationNumber()),
                field("applicantName", n.applicantName()),
                field("holdingAgency", n.holdingAgency())),
                new Paragraph(texts.zh("slip.note"), texts.en("slip.note")));
        String zh = String.join("\n", texts.zh("salutation", n.holdingAgency()),
                texts.zh("notice.body", n.applicantName(), n.gender(), DepositTexts.dateZh(n.birthDate()),
                        n.idNumber(), serviceZh, n.applicationNumber()),
                texts.zh("office.address", office.name(), office.address(), office.postcode(), office.telephone()),
                texts.zh("notice.closing"));
        String en = String.join("\n", texts.en("salutation", n.holdingAgency()),
                texts.en("notice.body", n.applicantName(), DepositTexts.genderEn(n.gender()),
                        DepositTexts.dateEn(n.birthDate()), n.idNumber(), serviceEn, n.applicationNumber()),
                texts.en("office.address", office.nameEn(), office.addressEn(), office.postcode(), office.telephone()));
        return document(DepositDocumentKind.TRANSFER_NOTICE, List.of(
                new Paragraph(zh, en),
                new Issuer(),
                new CutLine(texts.zh("cutLine"), texts.en("cutLine")),
                slip));
    }

    BilingualDocument transferLetter(TransferLetter l) {
        return document(DepositDocumentKind.TRANSFER_LETTER, List.of(
                new Fields(List.of(
                        field("applicantName", l.applicantName()),
                        field("idNumber", l.idNumber()),
                        field("archiveNumber", l.archiveNumber()),
                        field("receivingAgency", l.receivingAgency()))),
                new Paragraph(texts.zh("salutation", l.receivingAgency()) + "\n"
                        + texts.zh("letter.body", l.applicantName(), l.idNumber(), l.archiveNumber(), l.reason()),
                        texts.en("salutation", l.receivingAgency()) + "\n"
                        + texts.en("letter.body", l.applicantName(), l.idNumber(), l.archiveNumber(), l.reason())),
                officeContact()));
    }

    BilingualDocument certificate(DepositCertificate c) {
        return document(DepositDocumentKind.CERTIFICATE, List.of(
                new Fields(List.of(
                        field("applicantName", c.applicantName()),
                        field("idNumber", c.idNumber()),
                        field("archiveNumber", c.archiveNumber()),
                        field("depositedOn", DepositTexts.dateZh(c.depositedOn())))),
                new Paragraph(texts.zh("certificate.body", c.applicantName(), c.idNumber(),
                        DepositTexts.dateZh(c.depositedOn()), office.name(), c.archiveNumber(), c.purpose()),
                        texts.en("certificate.body", c.applicantName(), c.idNumber(),
                                DepositTexts.dateEn(c.depositedOn()), office.nameEn(), c.archiveNumber(), c.purpose())),
                officeContact()));
    }

    /** The file name offered for download, e.g. 20261202-0001-调档通知单.pdf. */
    String fileName(DepositDocumentKind kind, String applicationNumber) {
        return applicationNumber + "-" + texts.zh("title." + kind.name()) + ".pdf";
    }

    private BilingualDocument document(DepositDocumentKind kind, List<Block> blocks) {
        return new BilingualDocument(texts.zh("title." + kind.name()), texts.en("title." + kind.name()), blocks);
    }

    private Paragraph officeContact() {
        return new Paragraph(texts.zh("office.contact", office.name(), office.telephone()),
                texts.en("office.contact", office.nameEn(), office.telephone()));
    }

    private Field field(String key, String value) {
        return new Field(texts.zh("label." + key), texts.en("label." + key), value);
    }
}
