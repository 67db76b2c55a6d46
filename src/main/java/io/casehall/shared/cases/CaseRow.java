package io.casehall.shared.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One case of 我的办件, in the seed's columns.
 *
 * @param reference the case's number as the procedure shows it (申请单号, 学号 …), or null
 * @param type      申请业务类型, e.g. 出国(境)中英文对照学籍档案利用
 * @param status    审核状态
 * @param appliedAt 申请时间: when the case was submitted (or started)
 * @param decidedAt 审核/取消时间: the latest decision or the cancellation, null while nobody has decided yet
 * @param url       the case's own page (查看)
 * @param actions   what the state allows now besides 查看, in the order shown
 */
public record CaseRow(String reference, String type, CaseStatus status, Instant appliedAt, Instant decidedAt,
                      String url, List<CaseAction> actions) {

    public CaseRow {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(appliedAt, "appliedAt");
        CaseAction.requirePortalPath(url);
        actions = List.copyOf(actions);
    }
}
