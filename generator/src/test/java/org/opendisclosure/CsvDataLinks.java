package org.opendisclosure;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The one kind of {@code data:} URL a page may carry: a table's own CSV download, which the
 * generator writes as {@code <a href="data:text/csv;charset=utf-8;base64,…" download="…">}. A
 * browser saves it as a file and never shows or runs it, and its payload is base64, so no content
 * can break out of it. Every other {@code data:} URL — in content links, images, anything without
 * {@code download} or of another type — stays forbidden.
 */
public final class CsvDataLinks {

    public static final String PREFIX = "data:text/csv;charset=utf-8;base64,";

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

    private CsvDataLinks() {
    }

    /** Whether {@code element}'s {@code attribute} is a table's CSV download as the generator writes it. */
    public static boolean isTableDownload(Element element, String attribute) {
        String value = element.attr(attribute);
        return element.normalName().equals("a") && attribute.equals("href") && element.hasAttr("download")
                && element.attr("download").matches("[a-z0-9-]+\\.[a-z0-9-]+\\.csv")
                && value.startsWith(PREFIX) && BASE64.matcher(value.substring(PREFIX.length())).matches();
    }
}
