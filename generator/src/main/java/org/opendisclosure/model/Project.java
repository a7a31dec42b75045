package org.opendisclosure.model;

import java.util.List;
import java.util.Map;

/**
 * 项目: one project of one year, with everything its published performance-target form states.
 * Plain immutable data; fields that are missing or invalid in the content are null (the problem
 * has then been reported).
 *
 * @param id              validated id; the same id in another year is the same project
 * @param year            budget year
 * @param form            the form it was published on
 * @param name            项目名称
 * @param departmentId    主管部门
 * @param unitId          实施单位 / 申报单位
 * @param nature          项目性质 / 项目类型
 * @param category        项目类别 (2024)
 * @param purpose         资金用途 (2019)
 * @param period          实施期间
 * @param contact         联系人 (2019)
 * @param funding         项目资金
 * @param subprojects     子项目 (2019)
 * @param prose           项目概况 and the other narrative fields (2019)
 * @param goals           项目总目标 and 年度目标
 * @param indicators      绩效指标, by 一级指标
 * @param remarks         备注
 * @param functionalCode  功能分类科目编码 (项, 7 digits) the project is budgeted under, or null
 * @param source          资料来源
 * @param editorNotes     编者注, shown to readers
 * @param acknowledgements 已知差异说明
 * @param cells           where each figure and target was imported from, by key path
 *                        ({@code funding.annual_total} → {@code 申报表!D13}); empty when typed by hand
 * @param sourceMap       where each key stands in the file
 */
public record Project(String id, int year, ProjectForm form, String name, String departmentId, String unitId,
        String nature, String category, String purpose, Period period, Contact contact, Funding funding,
        List<SubProject> subprojects, ProjectProse prose, Goals goals, List<IndicatorGroup> indicators,
        String remarks, String functionalCode, SourceDocument source, List<String> editorNotes, List<Acknowledgement> acknowledgements,
        Map<String, String> cells, SourceMap sourceMap) {

    public Project {
        cells = Map.copyOf(cells);
        subprojects = List.copyOf(subprojects);
        indicators = List.copyOf(indicators);
        editorNotes = List.copyOf(editorNotes);
        acknowledgements = List.copyOf(acknowledgements);
    }

    /** The file the project was loaded from. */
    public String file() {
        return sourceMap.file();
    }
}
