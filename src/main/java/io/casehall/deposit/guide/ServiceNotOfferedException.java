package io.casehall.deposit.guide;

import io.casehall.shared.web.NotFoundException;

/** A service code that names no service, or a service the depositServices table no longer offers: a 404. */
public class ServiceNotOfferedException extends NotFoundException {

    public ServiceNotOfferedException() {
        super("depositguide.notOffered");
    }
}
