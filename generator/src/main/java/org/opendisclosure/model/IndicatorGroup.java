package org.opendisclosure.model;

import java.util.List;

/**
 * 一级指标 (分解目标内容 on two-level forms) with what stands under it.
 *
 * @param level1     the name, or null where the form leaves it blank
 * @param threeLevel whether it has 二级指标 ({@code groups}) or lists indicators directly ({@code items})
 * @param subgroups  the 二级指标; a two-level group has exactly one, without a name
 * @param keyPath    where it stands, e.g. {@code indicators[0]}
 */
public record IndicatorGroup(String level1, boolean threeLevel, List<IndicatorSubgroup> subgroups, String keyPath) {
    public IndicatorGroup {
        subgroups = List.copyOf(subgroups);
    }
}
