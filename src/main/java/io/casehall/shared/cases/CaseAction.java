package io.casehall.shared.cases;

import java.util.Objects;

/**
 * An action the case's state allows now (操作), e.g. 修改申请 or 取消.
 *
 * <p>A GET action is a link. A POST action is a small form sent to {@code url} with the CSRF token and a one-time
 * {@code submissionKey} ({@code io.casehall.shared.web.SubmissionTokens}); the controller behind it must redirect
 * (post/redirect/get). An action with a {@code confirmation} (required for anything that cannot be undone, such as
 * 取消) is only sent once the applicant has read that text and ticked 确认, and then carries {@code confirm=yes}.
 *
 * @param confirmation what will happen, shown before a POST is sent; null for an action that needs no confirmation
 */
public record CaseAction(String label, String url, Method method, String confirmation) {

    public enum Method { GET, POST }

    public CaseAction {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(method, "method");
        requirePortalPath(url);
        if (method == Method.GET && confirmation != null) {
            throw new IllegalArgumentException("a link cannot ask for confirmation; make it a POST: " + url);
        }
    }

    /** A link to another page (查看, 支付费用 …). */
    public static CaseAction link(String label, String url) {
        return new CaseAction(label, url, Method.GET, null);
    }

    /** A POST sent only after the applicant confirmed {@code confirmation} (取消 …). */
    public static CaseAction confirmedPost(String label, String url, String confirmation) {
        return new CaseAction(label, url, Method.POST, Objects.requireNonNull(confirmation, "confirmation"));
    }

    public boolean post() {
        return method == Method.POST;
    }

    /** Links stay inside the portal: a path of this application, never another site. */
    static void requirePortalPath(String url) {
        if (url == null || !url.startsWith("/") || url.startsWith("//")) {
            throw new IllegalArgumentException("a case link is a path of the portal: " + url);
        }
    }
}
