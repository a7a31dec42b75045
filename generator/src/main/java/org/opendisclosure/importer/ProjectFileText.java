package org.opendisclosure.importer;

import java.util.List;
import java.util.Map;

/**
 * The text of {@code projects/<year>/<id>.yaml} after importing a performance-target form: a new
 * file with the keys a project file needs, or an existing file with only the form's keys replaced
 * ({@link ContentMerge}): its id, department and unit, 资料来源, 编者注, 已知差异说明 and everything
 * else an editor wrote stay as they are.
 */
public final class ProjectFileText {

    private ProjectFileText() {
    }

    /** A new project file of the 2024 form. */
    public static String create(String id, int year, String departmentId, String unitId, ImportedProject form) {
        Map<String, String> blocks = ProjectYaml.blocks(form);
        StringBuilder text = new StringBuilder()
                .append("# 由 disclosure:import 从申报表工作簿导入；金额和指标值后的注释是它所在的单元格。\n")
                .append("id: ").append(id).append('\n')
                .append("year: ").append(year).append('\n')
                .append("form: \"2024\"\n")
                .append(blocks.remove("name"))
                .append("department: ").append(departmentId).append('\n')
                .append("unit: ").append(unitId).append('\n');
        blocks.values().forEach(text::append);
        return text.toString();
    }

    /** A new project file of the 2019 form. */
    public static String create(String id, int year, String departmentId, String unitId, ImportedProject2019 form) {
        Map<String, String> blocks = Project2019Yaml.blocks(form);
        StringBuilder text = new StringBuilder()
                .append("# 由 disclosure:import 从申报表工作簿导入；金额和指标值后的注释是它所在的单元格。\n")
                .append("id: ").append(id).append('\n')
                .append("year: ").append(year).append('\n')
                .append("form: \"2019\"\n")
                .append(blocks.remove("name"))
                .append("department: ").append(departmentId).append('\n')
                .append("unit: ").append(unitId).append('\n');
        blocks.values().forEach(text::append);
        return text.toString();
    }

    /** {@code existing} with the 2019 form's keys replaced and everything else kept. */
    public static String merge(String existing, ImportedProject2019 form) {
        return ContentMerge.merge(existing, Project2019Yaml.blocks(form));
    }

    /** What an import of a 2019 form changes, line by line. */
    public static List<String> changes2019(String before, String after) {
        return ContentMerge.changes(before, after, Project2019Yaml.IMPORTED_KEYS);
    }

    /** {@code existing} with the form's keys replaced and everything else kept. */
    public static String merge(String existing, ImportedProject form) {
        return ContentMerge.merge(existing, ProjectYaml.blocks(form));
    }

    /** What an import changes, line by line. */
    public static List<String> changes(String before, String after) {
        return ContentMerge.changes(before, after, ProjectYaml.IMPORTED_KEYS);
    }
}
