package io.casehall.deposit;

import java.util.Arrays;
import java.util.Optional;

/** Where the archive sits now ({@code deposit.keeper.<code>}): only a public HR service agency can send it. */
public enum ArchiveKeeper {
    /** 人力资源公共服务机构. */
    PUBLIC_AGENCY("publicAgency"),
    /** 本人保管. */
    SELF("self");

    private final String code;

    ArchiveKeeper(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "deposit.keeper." + code;
    }

    public static Optional<ArchiveKeeper> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
