package org.opendisclosure.importer;

import java.util.List;

/**
 * What a column of a published table holds, recognised from its heading's wording (normalised by
 * {@link HeaderText}). The most specific wording is tried first: {@code 事业单位经营收入} before
 * {@code 事业收入}, {@code 机关运行经费} before {@code 运行费}.
 */
enum ColumnRole {
    CLASS("类"), SECTION("款"), ITEM("项"), CODE("科目编码", "功能分类科目编码", "经济分类科目编码", "科目代码", "编码"),
    NAME("科目名称", "功能分类科目名称", "经济分类科目名称", "名称"),
    OPERATING_INCOME("事业单位经营收入", "经营收入"), BUSINESS_INCOME("事业收入"), OTHER_INCOME("其他收入"),
    FISCAL("财政拨款收入", "财政拨款"), BASIC("基本支出"), PROJECT("项目支出"), PERSONNEL("人员经费"),
    OFFICE("公用经费"), OPERATING_COSTS("机关运行经费"), OVERSEAS("因公出国(境)费", "因公出国"),
    RECEPTION("公务接待费", "公务接待"), VEHICLES("小计"), VEHICLE_PURCHASE("购置费", "公务用车购置费"),
    VEHICLE_OPERATION("运行费", "公务用车运行费", "运行维护费"), TOTAL("合计", "总计");

    private final List<String> wordings;

    ColumnRole(String... wordings) {
        this.wordings = List.of(wordings);
    }

    /** The role a heading names, or null. Level columns must be exactly 类/款/项; others may carry a year or unit around them. */
    static ColumnRole of(String heading) {
        String text = HeaderText.normal(heading);
        for (ColumnRole role : values()) {
            for (String wording : role.wordings) {
                boolean exact = role == CLASS || role == SECTION || role == ITEM || role == NAME && wording.equals("名称")
                        || role == CODE && wording.equals("编码");
                if (exact ? text.equals(wording) : text.contains(HeaderText.normal(wording))) {
                    return role;
                }
            }
        }
        return null;
    }
}
