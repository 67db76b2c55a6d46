package io.casehall.deposit;

import java.time.Instant;

/** 档案状态 on the user centre: 档案未存入 / 已存入 with the archive number (and since when). */
public record ArchiveStatus(boolean deposited, String archiveNumber, Instant depositedAt) {

    public static final ArchiveStatus NOT_DEPOSITED = new ArchiveStatus(false, null, null);

    public String labelKey() {
        return deposited ? "deposit.archive.deposited" : "deposit.archive.notDeposited";
    }
}
