package io.casehall.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How an archive application's documents reach the applicant: pick-up or post, with recipient and outcome. */
@Embeddable
class ArchiveDelivery {

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    private DeliveryMode deliveryMode;
    @Column(name = "recipient_name")
    private String recipientName;
    @Column(name = "recipient_phone")
    private String recipientPhone;
    @Column(name = "postal_address")
    private String postalAddress;
    @Column(name = "pickup_place")
    private String pickupPlace;
    @Column(name = "pickup_time")
    private String pickupTime;
    @Column(name = "tracking_number")
    private String trackingNumber;

    protected ArchiveDelivery() {
    }

    /** As the form asks: the recipient and address only count for delivery by post. */
    ArchiveDelivery(ApplicationForm form) {
        this.deliveryMode = form.getDeliveryMode();
        if (deliveryMode == DeliveryMode.POST) {
            this.recipientName = ArchiveApplication.blankToNull(form.getRecipientName());
            this.recipientPhone = ArchiveApplication.blankToNull(form.getRecipientPhone());
            this.postalAddress = ArchiveApplication.blankToNull(form.getPostalAddress());
        }
    }

    void delivered(String pickupPlace, String pickupTime, String trackingNumber) {
        this.pickupPlace = ArchiveApplication.blankToNull(pickupPlace);
        this.pickupTime = ArchiveApplication.blankToNull(pickupTime);
        this.trackingNumber = ArchiveApplication.blankToNull(trackingNumber);
    }

    DeliveryMode mode() { return deliveryMode; }
    String recipientName() { return recipientName; }
    String recipientPhone() { return recipientPhone; }
    String postalAddress() { return postalAddress; }
    String pickupPlace() { return pickupPlace; }
    String pickupTime() { return pickupTime; }
    String trackingNumber() { return trackingNumber; }
}
