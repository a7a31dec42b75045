package org.opendisclosure.render;

/** A template could not render a page: names the template, line and column, and the page. */
public final class TemplateFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;
    private final String page;

    public TemplateFailure(String template, int line, int column, String page, String message) {
        super(message);
        this.template = template;
        this.line = line;
        this.column = column;
        this.page = page;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The page being rendered when it failed. */
    public String page() {
        return page;
    }
}
