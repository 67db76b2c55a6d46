package io.casehall.qualification;

/** Where a campaign is: both windows ahead or running, only the college window left, or over. */
public enum CampaignStatus {
    /** The graduate window has not been closed yet (it may not have opened either). */
    OPEN,
    /** Graduates can no longer edit; colleges decide until the college window closes. */
    GRADUATE_WINDOW_CLOSED,
    /** Both windows are closed. */
    CLOSED
}
