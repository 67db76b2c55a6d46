package io.casehall.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/** The fee of an archive application and its way from charge to payment, confirmation and refund. */
@Embeddable
public class ArchivePayment {

    @Column(name = "fee_amount")
    private BigDecimal feeAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false)
    private PaymentStatus paymentStatus = PaymentStatus.NONE;
    @Column(name = "payment_raised_at")
    private Instant paymentRaisedAt;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "payment_confirmed_at")
    private Instant paymentConfirmedAt;
    @Column(name = "refunded_at")
    private Instant refundedAt;
    @Column(name = "refund_reference")
    private String refundReference;

    public void chargeRaised(BigDecimal amount, Instant now) {
        this.feeAmount = amount;
        this.paymentStatus = PaymentStatus.AWAITING;
        this.paymentRaisedAt = now;
        this.paidAt = null;
    }

    void markedPaid(Instant now) {
        this.paymentStatus = PaymentStatus.PAID;
        this.paidAt = now;
    }

    public void receiptConfirmed(Instant now) {
        this.paymentStatus = PaymentStatus.CONFIRMED;
        this.paymentConfirmedAt = now;
    }

    public void paymentNotReceived() {
        this.paymentStatus = PaymentStatus.AWAITING;
        this.paidAt = null;
    }

    /** On cancellation: an open charge lapses (expires when cancelled for not paying), a payment awaits refund. */
    void cancelled(String reason) {
        if (paymentStatus == PaymentStatus.AWAITING) {
            paymentStatus = "unpaid".equals(reason) ? PaymentStatus.EXPIRED : PaymentStatus.NONE;
        } else if (paymentStatus == PaymentStatus.PAID || paymentStatus == PaymentStatus.CONFIRMED) {
            paymentStatus = PaymentStatus.REFUND_PENDING;
        }
    }

    public void refunded(String reference, Instant now) {
        this.paymentStatus = PaymentStatus.REFUNDED;
        this.refundReference = ArchiveApplication.blankToNull(reference);
        this.refundedAt = now;
    }

    BigDecimal feeAmount() { return feeAmount; }
    PaymentStatus status() { return paymentStatus; }
    Instant raisedAt() { return paymentRaisedAt; }
    Instant paidAt() { return paidAt; }
    Instant confirmedAt() { return paymentConfirmedAt; }
    Instant refundedAt() { return refundedAt; }
    String refundReference() { return refundReference; }
}
