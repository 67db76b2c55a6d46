package io.casehall.shared.reference;

import org.springframework.stereotype.Component;

/**
 * Childbearing status (生育状况) as archive forms ask it. No national standard codes it, so the codes are ours:
 * stable, never reused.
 */
@Component
public class ChildbearingStatuses extends CodeList {

    public ChildbearingStatuses() {
        super("1", "未育", "2", "已育");
    }
}
