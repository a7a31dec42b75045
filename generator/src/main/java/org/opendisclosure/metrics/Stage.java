package org.opendisclosure.metrics;

/**
 * The stages of a build, in the order the summary lists them (the pipeline's order). Stages may
 * overlap when pipelined; each is timed on its own.
 */
public enum Stage {

    /** Reading and parsing the content files. */
    LOAD("读取内容"),
    /** The checks an editor sees before publication. */
    CHECK("检查内容"),
    /** Roll-ups, shares, year-over-year changes: the derived model. */
    DERIVE("汇总计算"),
    /** Reading the content's git history for the change log (更新记录). */
    HISTORY("更新记录"),
    /** Drawing the SVG charts. */
    CHARTS("绘制图表"),
    /** Turning page models into HTML, usually on all cores. */
    RENDER("渲染页面"),
    /** The search index. */
    SEARCH("搜索索引"),
    /** The open-data downloads (CSV, JSON). */
    OPEN_DATA("开放数据"),
    /** Writing files into the staging directory and publishing them, usually on all cores. */
    WRITE("写出站点");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** The name readers of the build log see, in Chinese like the rest of the log. */
    public String label() {
        return label;
    }
}
