package io.casehall.qualification.bench;

import io.casehall.clearance.ClearanceFixtures;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's graduates file as the employment office uploads it (the import's columns, in its header names):
 * {@code n} graduates spread evenly over colleges of 1,000 graduates each (fewer for a smaller run), with valid
 * county-level origin places, 10-digit student numbers and distinct phones.
 */
final class GraduatesFile {

    static final String[] HEADER = {"考生号", "学号", "学院", "学历", "专业", "姓名", "性别", "出生日期", "生源地", "民族",
            "政治面貌", "联系电话", "家庭地址", "家庭电话", "电子信箱"};
    private static final String[] ORIGINS = {"北京市朝阳区", "辽宁省沈阳市皇姑区", "山东省济南市历下区", "四川省成都市武侯区",
            "广东省广州市天河区"};
    private static final String[] FAMILY = {"张", "李", "王", "赵", "孙", "周", "吴", "郑", "冯", "陈", "林", "黄"};

    private GraduatesFile() {
    }

    /** Five colleges at 5,000 graduates: one college per 1,000, at least one. */
    static List<String> colleges(int graduates) {
        int count = Math.max(1, graduates / 1000);
        List<String> colleges = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            colleges.add("基准学院" + i);
        }
        return colleges;
    }

    /** The college of the i-th graduate: consecutive blocks, so each college has graduates / colleges of them. */
    static String collegeOf(int i, int graduates) {
        List<String> colleges = colleges(graduates);
        int perCollege = (graduates + colleges.size() - 1) / colleges.size();
        return colleges.get(Math.min(colleges.size() - 1, i / perCollege));
    }

    /** The .xlsx file; {@code yearPrefix} (e.g. 2023) starts every student number so campaigns do not share any. */
    static byte[] workbook(int graduates, int yearPrefix) {
        List<Object[]> rows = new ArrayList<>(graduates + 1);
        rows.add(HEADER);
        for (int i = 0; i < graduates; i++) {
            String studentNo = String.format("%d%06d", yearPrefix, i);
            rows.add(new Object[] {"2321" + studentNo, studentNo, collegeOf(i, graduates), "本科生毕业", "汉语言文学",
                    FAMILY[i % FAMILY.length] + "同学" + i, i % 2 == 0 ? "女" : "男", "2001-05-01",
                    ORIGINS[i % ORIGINS.length], "汉族", "共青团员", String.format("13%d%08d", yearPrefix % 10, i),
                    "北京市朝阳区建国路88号" + (i % 20 + 1) + "单元", "", "g" + studentNo + "@example.cn"});
        }
        return ClearanceFixtures.workbook(rows);
    }
}
