package io.casehall.shared.reference;

import org.springframework.stereotype.Component;

/** Political status (政治面貌), GB/T 4762-1984 codes with the short names forms and registers use. */
@Component
public class PoliticalStatuses extends CodeList {

    public PoliticalStatuses() {
        super("01", "中共党员", "02", "中共预备党员", "03", "共青团员", "04", "民革会员", "05", "民盟盟员",
                "06", "民建会员", "07", "民进会员", "08", "农工党党员", "09", "致公党党员", "10", "九三学社社员",
                "11", "台盟盟员", "12", "无党派人士", "13", "群众");
    }
}
