package org.opendisclosure.metrics;

/** What a build counts, in the order the summary lists them: what went in, what came out, what was wrong. */
public enum Count {

    /** Content files read (YAML and Markdown). */
    CONTENT_FILES("内容文件"),
    /** Departments (主管部门), one per year in which they publish. */
    DEPARTMENTS("部门"),
    /** Budget units (预算单位), one per year. */
    UNITS("预算单位"),
    /** Projects (项目), one per year. */
    PROJECTS("项目"),
    /** HTML pages written. */
    PAGES("页面"),
    /** Of the pages, those rendered by this build; with a build cache, the others were kept unchanged. */
    PAGES_RENDERED("其中渲染"),
    /** All files written, pages included. */
    FILES("文件"),
    /** Files of the previous site kept unchanged (build cache): their bytes were the same. */
    FILES_KEPT("沿用文件"),
    /** Bytes written, all files together. */
    BYTES("字节"),
    /** Problems of severity error: any fails the build. */
    ERRORS("错误"),
    /** Problems of severity warning. */
    WARNINGS("警告");

    private final String label;

    Count(String label) {
        this.label = label;
    }

    /** The name readers of the build log see. */
    public String label() {
        return label;
    }
}
