package org.opendisclosure.serve;

import java.util.List;

import org.opendisclosure.GenerationResult;
import org.opendisclosure.problem.Problem;

/**
 * One finished build of the preview: its number (the live-reload script compares it), what the
 * engine reported and how long it took.
 *
 * @param number  1 for the first build, then one more per rebuild
 * @param result  problems and pages written again
 * @param pages   the pages the site has
 * @param millis  wall-clock duration of the build, until the changed pages were written
 * @param openMillis until the pages open in a browser were written, when they were written first;
 *                   -1 otherwise
 */
record Build(long number, GenerationResult result, int pages, long millis, long openMillis) {

    boolean failed() {
        return result.hasErrors();
    }

    List<Problem> problems() {
        return result.problems();
    }

    /** The log line for this build, e.g. {@code 第 3 次生成：76 个页面中更新了 5 个，用时 112 ms}. */
    String summary() {
        String what = failed()
                ? "内容有 " + result.errorCount() + " 个错误，浏览器中显示问题列表，上一次成功生成的站点保持不变"
                : (number == 1 ? pages + " 个页面" : pages + " 个页面中更新了 " + result.pagesWritten() + " 个") + (result.problems().isEmpty() ? ""
                        : "，" + result.problems().size() + " 条提示");
        return "第 " + number + " 次生成：" + what + "，用时 " + millis + " ms"
                + (openMillis < 0 || failed() ? "" : "（打开的页面 " + openMillis + " ms）");
    }
}
