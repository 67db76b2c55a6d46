package io.casehall.archive;

/** Payment state (付费信息): 等待支付 → 已完成支付 → 已确认收款; refunds after a paid cancellation. */
public enum PaymentStatus {
    NONE, AWAITING, PAID, CONFIRMED, REFUND_PENDING, REFUNDED, EXPIRED
}
