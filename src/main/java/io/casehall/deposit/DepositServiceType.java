package io.casehall.deposit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four services of the archive office (seed 001). Which of them are offered, and to whom, is decided by the
 * DMN tables; this enum only names them. The message keys {@code deposit.service.<code>} give their labels.
 */
public enum DepositServiceType {
    /** 出国(境)存档: deposit before going abroad. */
    GOING_ABROAD("goingAbroad", true),
    /** 回国(境)存档: deposit after coming back. */
    RETURNING("returning", true),
    /** 档案转出: transfer a deposited archive out. */
    TRANSFER_OUT("transferOut", false),
    /** 开具证明: a certificate about a deposited archive. */
    CERTIFICATE("certificate", false);

    private final String code;
    private final boolean deposit;

    DepositServiceType(String code, boolean deposit) {
        this.code = code;
        this.deposit = deposit;
    }

    /** The value the DMN tables, process variables and URLs use. */
    public String code() {
        return code;
    }

    public String getCode() {
        return code;
    }

    /** True for the two services that bring an archive in; the others need an archive already deposited. */
    public boolean isDeposit() {
        return deposit;
    }

    public String labelKey() {
        return "deposit.service." + code;
    }

    public static Optional<DepositServiceType> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
