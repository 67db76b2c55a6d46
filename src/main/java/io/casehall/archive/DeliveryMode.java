package io.casehall.archive;

/** How the applicant receives the result: pick-up at the archive, electronic PDF, or paper by post (carriage forward). */
public enum DeliveryMode {
    PICKUP, ELECTRONIC, POST
}
