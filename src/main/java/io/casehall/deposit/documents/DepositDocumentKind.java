package io.casehall.deposit.documents;

/** The documents the archive office issues; with the application number, each is issued at most once. */
public enum DepositDocumentKind {
    /** 调档通知单: asks the agency holding the archive to send it, with the slip for the envelope. */
    TRANSFER_NOTICE,
    /** 人事档案转递函: sends a deposited archive on to the receiving agency (档案转出). */
    TRANSFER_LETTER,
    /** 存档证明: certifies that the archive is kept here (开具证明). */
    CERTIFICATE;

    /** The message key of the document's title ({@code depositdocs.title.<KIND>}), in both bundles. */
    public String titleKey() {
        return "depositdocs.title." + name();
    }
}
