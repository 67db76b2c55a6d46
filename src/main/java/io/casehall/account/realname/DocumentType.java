package io.casehall.account.realname;

/** The documents real-name verification accepts: Chinese citizens use the ID card, foreigners a passport. */
public enum DocumentType {
    ID_CARD("身份证"),
    PASSPORT("护照");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
