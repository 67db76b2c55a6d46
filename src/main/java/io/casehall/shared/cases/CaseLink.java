package io.casehall.shared.cases;

import java.util.Objects;

/** A labelled link to a page of the portal (an application path such as {@code /apply/archive}). */
public record CaseLink(String label, String url) {

    public CaseLink {
        Objects.requireNonNull(label, "label");
        CaseAction.requirePortalPath(url);
    }
}
