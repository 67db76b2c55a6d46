package io.casehall.account;

/** How an applicant proves who they are: by their mobile number (SMS) or their e-mail address. */
enum ContactChannel {
    MOBILE,
    EMAIL;

    /** The channel named by a form value, or null for anything else. */
    static ContactChannel parse(String value) {
        if (value == null) {
            return null;
        }
        for (ContactChannel channel : values()) {
            if (channel.name().equalsIgnoreCase(value.trim())) {
                return channel;
            }
        }
        return null;
    }

    /** The account's address on this channel, or null when it has none. */
    String addressOf(ApplicantAccount account) {
        String address = this == MOBILE ? account.getMobile() : account.getEmail();
        return address == null || address.isBlank() ? null : address;
    }
}
