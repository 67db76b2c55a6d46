package io.casehall.account.realname;

import java.util.List;

/** The seed form's select options (实名认证). Values are stored as shown, in Chinese. */
final class RealNameOptions {

    static final List<String> COUNTRIES = List.of("中国", "美国", "英国", "加拿大", "澳大利亚", "日本", "韩国",
            "新加坡", "德国", "法国", "俄罗斯", "其他");
    static final List<String> GENDERS = List.of("男", "女");
    static final List<String> PROVINCES = List.of("北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省",
            "吉林省", "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
            "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省",
            "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区", "台湾省", "香港特别行政区", "澳门特别行政区");
    static final List<String> EDUCATION_LEVELS = List.of("博士研究生", "硕士研究生", "本科生", "专科生");
    static final List<String> SCHOOLING_LENGTHS = List.of("2年", "2.5年", "3年", "4年", "5年", "6年", "8年");
    static final List<String> STUDY_MODES = List.of("全日制", "非全日制");
    static final List<String> DEGREE_TYPES = List.of("哲学", "经济学", "法学", "教育学", "文学", "历史学", "理学",
            "工学", "农学", "医学", "军事学", "管理学", "艺术学", "交叉学科", "无学位");
    static final List<String> STUDY_CATEGORIES = List.of("博士", "硕士", "本科", "专科");

    private RealNameOptions() {
    }
}
