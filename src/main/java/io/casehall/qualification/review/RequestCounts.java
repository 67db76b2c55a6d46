package io.casehall.qualification.review;

/** The college's sensitive-change requests by outcome; expired ones were still undecided when the window closed. */
public record RequestCounts(long pending, long approved, long rejected, long expired) {

    public static final RequestCounts NONE = new RequestCounts(0, 0, 0, 0);

    public long total() {
        return pending + approved + rejected + expired;
    }
}
