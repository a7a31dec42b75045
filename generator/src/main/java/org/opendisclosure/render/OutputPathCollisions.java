package org.opendisclosure.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds pages that would be written to the same file. Paths are compared without regard to case,
 * because the site may be built or served on a file system that ignores it (Windows, macOS), where
 * {@code A.html} would overwrite {@code a.html}. Ids are validated lower-case, so this only fires
 * when a new kind of page meets an old one; it is an error then, never a silent overwrite.
 */
public final class OutputPathCollisions {

    private OutputPathCollisions() {
    }

    /** One message per page whose file another page already claims, naming both. */
    public static List<String> find(List<PlannedPage> pages) {
        Map<String, PlannedPage> claimed = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        for (PlannedPage page : pages) {
            PlannedPage earlier = claimed.putIfAbsent(page.path().toLowerCase(Locale.ROOT), page);
            if (earlier != null) {
                messages.add("两个页面要写到同一个文件：“" + earlier.path() + "”（模板 " + earlier.template() + "）和“"
                        + page.path() + "”（模板 " + page.template() + "）"
                        + (earlier.path().equals(page.path()) ? "" : "，两者只有大小写不同")
                        + "；请修改其中一个的标识");
            }
        }
        return messages;
    }
}
