package io.casehall.deposit;

/** What an upload is for ({@code deposit.upload.<name>}): both sides of the ID card are required. */
public enum DepositUploadKind {
    ID_FRONT(true),
    ID_BACK(true),
    SUPPLEMENTARY(false);

    private final boolean required;

    DepositUploadKind(boolean required) {
        this.required = required;
    }

    public boolean isRequired() {
        return required;
    }

    public String labelKey() {
        return "deposit.upload." + name();
    }
}
