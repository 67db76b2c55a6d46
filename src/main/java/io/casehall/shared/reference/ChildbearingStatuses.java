package io.casehall.shared.reference;

import org.springframework.stereotype.Component;

/**
 * Childbearing status (生育状况) as archive forms ask it. No national standard codes it, so the codes are ours:
 * stable, never reused.
 */
@Component
public class ChildbearingStatuses extends CodeList {

    public ChildbearingStatuses() {
        super("0", "未育", "1", "已育");
    }
}
