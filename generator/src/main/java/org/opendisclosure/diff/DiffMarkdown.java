package org.opendisclosure.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.opendisclosure.problem.Problem;

/**
 * A {@link ContentDiff} as Markdown for a pull-request comment and the GitHub step summary: a
 * summary first (counts, the totals that changed, new errors), then the details by year and
 * department. Changed words are marked with {@code <del>} and {@code <ins>}, which GitHub keeps and
 * which, unlike {@code ~~} and {@code **}, work next to Chinese punctuation. Everything taken from content is escaped, so a name cannot turn into a link, an
 * image or a table cell. The text stays within {@code limit} characters (GitHub refuses comments
 * over 65,536): details that do not fit are left out with a note saying how many.
 */
public final class DiffMarkdown {

    /** The hidden line the workflow finds its own comment by. */
    public static final String MARKER = "<!-- disclosure-diff -->";

    /** GitHub's limit for a comment is 65,536 characters; this leaves room for the marker and the note. */
    public static final int GITHUB_LIMIT = 60_000;

    private final int limit;

    public DiffMarkdown(int limit) {
        this.limit = limit;
    }

    public String format(ContentDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append(MARKER).append('\n');
        out.append("## 内容变更摘要\n\n");
        out.append("比较：`").append(code(diff.base())).append("` → `").append(code(diff.head())).append("`\n\n");
        if (diff.isEmpty()) {
            out.append("没有变化：两边发布的内容相同，检查结果也相同。\n");
            return out.toString();
        }
        summary(diff, out);
        List<String> details = details(diff);
        out.append("\n## 明细\n");
        int left = details.size();
        for (String block : details) {
            if (out.length() + block.length() > limit) {
                out.append("\n> **明细过长，已截断**：还有 ").append(left)
                        .append(" 段明细未列出（GitHub 评论有长度上限）。完整报告请在本地运行 ")
                        .append("`./mvnw disclosure:diff`，或查看工作流的步骤摘要。\n");
                return out.toString();
            }
            out.append(block);
            left--;
        }
        return out.toString();
    }

    private static void summary(ContentDiff diff, StringBuilder out) {
        long weaker = diff.indicators().stream().filter(i -> i.promise() == Promise.WEAKER).count();
        CheckChanges checks = diff.checks();
        out.append("| 变化 | 数量 |\n| --- | ---: |\n");
        row(out, "项目和预算（新增、删除、改名、换单位、移动文件）", diff.records().size());
        row(out, "金额", diff.amounts().size());
        row(out, "绩效指标" + (weaker > 0 ? "（其中承诺降低 " + weaker + " 项）" : ""), diff.indicators().size());
        row(out, "文字", diff.prose().size());
        row(out, "新错误", checks.newErrors().size());
        row(out, "已改正的错误", checks.fixedErrors().size());
        row(out, "新警告 / 消除的警告", checks.newWarnings().size() + " / " + checks.removedWarnings().size());
        row(out, "新增 / 撤销的差异说明", checks.newAcknowledged().size() + " / " + checks.removedAcknowledged().size());
        if (!checks.newErrors().isEmpty()) {
            out.append("\n> [!CAUTION]\n> 这次修改带来了 ").append(checks.newErrors().size())
                    .append(" 个新错误，改正之前站点不会生成。见下方“检查结果”。\n");
        }
        if (weaker > 0) {
            out.append("\n> [!WARNING]\n> 有 ").append(weaker).append(" 个绩效指标的承诺降低了，请确认有依据。\n");
        }
        if (!diff.totals().isEmpty()) {
            out.append("\n### 合计（支出合计，元）\n\n");
            out.append("| 范围 | 原值 | 新值 | 增减 | 增减率 |\n| --- | ---: | ---: | ---: | ---: |\n");
            for (TotalChange total : diff.totals()) {
                AmountChange a = total.amount();
                String scope = total.level() == TotalChange.Level.YEAR ? a.subject()
                        : a.place().year() + " 年 · " + total.level().label() + " " + a.subject();
                out.append("| ").append(cell(scope)).append(" | ").append(DiffWords.money(a.before())).append(" | ")
                        .append(DiffWords.money(a.after())).append(" | ").append(DiffWords.signed(a.difference()))
                        .append(" | ").append(DiffWords.percent(a.percent())).append(" |\n");
            }
        }
    }

    private static void row(StringBuilder out, String label, Object count) {
        out.append("| ").append(label).append(" | ").append(count).append(" |\n");
    }

    /** The detail blocks, one per place and one for the checks, each whole Markdown. */
    private static List<String> details(ContentDiff diff) {
        Map<Place, StringBuilder> byPlace = new LinkedHashMap<>();
        List<Place> places = new ArrayList<>();
        Consumer<Place> known = p -> {
            if (!byPlace.containsKey(p)) {
                byPlace.put(p, new StringBuilder());
                places.add(p);
            }
        };
        diff.records().forEach(r -> known.accept(r.place()));
        diff.amounts().forEach(a -> known.accept(a.place()));
        diff.indicators().forEach(i -> known.accept(i.place()));
        diff.prose().forEach(p -> known.accept(p.place()));
        places.sort(Place.ORDER);
        List<String> blocks = new ArrayList<>();
        for (Place place : places) {
            StringBuilder out = new StringBuilder("\n### ").append(cell(place.heading())).append("\n");
            List<RecordChange> records = diff.records().stream().filter(r -> r.place().equals(place)).toList();
            if (!records.isEmpty()) {
                out.append("\n**项目和预算**\n\n");
                records.forEach(r -> out.append("- ").append(text(DiffWords.record(r))).append('\n'));
            }
            List<AmountChange> amounts = diff.amounts().stream().filter(a -> a.place().equals(place)).toList();
            if (!amounts.isEmpty()) {
                out.append("\n**金额（元）**\n\n| 对象 | 科目 | 原值 | 新值 | 增减 | 增减率 |\n")
                        .append("| --- | --- | ---: | ---: | ---: | ---: |\n");
                for (AmountChange a : amounts) {
                    out.append("| ").append(cell(a.subject())).append(" | ").append(cell(a.field())).append(" | ")
                            .append(DiffWords.money(a.before())).append(" | ").append(DiffWords.money(a.after()))
                            .append(" | ").append(DiffWords.signed(a.difference())).append(" | ")
                            .append(DiffWords.percent(a.percent())).append(" |\n");
                }
            }
            List<IndicatorChange> indicators = diff.indicators().stream().filter(i -> i.place().equals(place))
                    .toList();
            if (!indicators.isEmpty()) {
                out.append("\n**绩效指标**\n\n");
                indicators.forEach(i -> out.append("- ").append(text(DiffWords.indicator(i))).append('\n'));
            }
            List<ProseChange> prose = diff.prose().stream().filter(p -> p.place().equals(place)).toList();
            if (!prose.isEmpty()) {
                out.append("\n**文字**（<del>删去</del>、<ins>加入</ins>）\n\n");
                for (ProseChange p : prose) {
                    out.append("- ").append(text(p.subject() + " · " + p.field())).append("：\n");
                    for (List<TextDiff.Piece> sentence : p.sentences()) {
                        out.append("  - ").append(sentence(sentence)).append('\n');
                    }
                }
            }
            blocks.add(out.toString());
        }
        CheckChanges checks = diff.checks();
        if (!checks.isEmpty()) {
            StringBuilder out = new StringBuilder("\n### 检查结果\n");
            problems(out, "新错误", checks.newErrors());
            problems(out, "已改正的错误", checks.fixedErrors());
            problems(out, "新警告", checks.newWarnings());
            problems(out, "消除的警告", checks.removedWarnings());
            problems(out, "新增的差异说明", checks.newAcknowledged());
            problems(out, "撤销的差异说明", checks.removedAcknowledged());
            blocks.add(0, out.toString());
        }
        return blocks;
    }

    private static void problems(StringBuilder out, String heading, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        out.append("\n**").append(heading).append("**\n\n");
        problems.forEach(p -> out.append("- `").append(code(p.format())).append("`\n"));
    }

    private static String sentence(List<TextDiff.Piece> pieces) {
        StringBuilder out = new StringBuilder();
        for (TextDiff.Piece piece : pieces) {
            String text = text(piece.text().replace('\n', ' '));
            switch (piece.op()) {
                case KEEP -> out.append(text);
                case DELETE -> out.append("<del>").append(text).append("</del>");
                case INSERT -> out.append("<ins>").append(text).append("</ins>");
            }
        }
        return out.toString();
    }

    /** Content text made inert in Markdown: no emphasis, links, HTML or headings of its own. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '#', '@', '|', '~' ->
                        out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text for a table cell: as {@link #text}; the pipe is escaped there too. */
    static String cell(String value) {
        return text(value);
    }

    /** Text inside a code span: backticks cannot close it early, line breaks cannot end it. */
    static String code(String value) {
        return value.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
    }
}
