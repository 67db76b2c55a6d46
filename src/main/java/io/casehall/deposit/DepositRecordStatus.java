package io.casehall.deposit;

/** Whether a deposited archive is still here ({@code deposit.record.<name>}). */
public enum DepositRecordStatus {
    DEPOSITED,
    TRANSFERRED_OUT
}
