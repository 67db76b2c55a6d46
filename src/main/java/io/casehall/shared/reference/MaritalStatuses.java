package io.casehall.shared.reference;

import org.springframework.stereotype.Component;

/** Marital status (婚姻状况), the top-level codes of GB/T 2261.2-2003. */
@Component
public class MaritalStatuses extends CodeList {

    public MaritalStatuses() {
        super("10", "未婚", "20", "已婚", "30", "丧偶", "40", "离婚", "90", "未说明");
    }
}
