package io.casehall.deposit;

/**
 * Issues the sealed document an approved application leads to: the transfer notice (调档通知单, with its tear-off
 * slip) for a deposit, the transfer letter for a transfer out, the certificate for a certificate. Implemented by
 * the documents sub-module; must be idempotent (a retried job gets the document issued the first time).
 */
public interface DepositDocumentIssuer {

    /** The sealed document's id or verification number, kept on the application. */
    String issue(DepositApplication application);
}
