package org.opendisclosure.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * 政府收支分类科目: the code → name catalogue of one standard year, for functional codes
 * (功能分类科目: 类 3 digits, 款 5, 项 7) and economic codes (部门预算经济分类科目: 类 3, 款 5). Names
 * change between years (e.g. 20805), so each budget year has its own catalogue.
 *
 * @param year       the standard year
 * @param functional functional code → name, sorted by code
 * @param economic   economic code → name, sorted by code
 * @param sourceMap  where each code stands in the catalogue file
 */
public record ClassificationCatalogue(int year, Map<String, String> functional, Map<String, String> economic,
        SourceMap sourceMap) {

    public ClassificationCatalogue {
        functional = Collections.unmodifiableMap(new TreeMap<>(functional));
        economic = Collections.unmodifiableMap(new TreeMap<>(economic));
    }

    public String file() {
        return sourceMap.file();
    }
}
