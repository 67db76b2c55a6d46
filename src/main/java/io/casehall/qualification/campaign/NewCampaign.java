package io.casehall.qualification.campaign;

import io.casehall.qualification.CampaignWindows;

/** A checked request to create a campaign. */
public record NewCampaign(int graduationYear, String title, CampaignWindows windows) {
}
