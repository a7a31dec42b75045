package org.opendisclosure.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes of a {@link ContentDiff} as short sentences, one per change, each naming its year
 * and department: the details of the plain-text report and the lines of a change-log entry.
 * Changed prose is shown the way {@code git diff --word-diff} does: {@code [-删去-]{+加入+}}.
 *
 * @param lines   at most the number asked for
 * @param omitted how many more there were
 */
public record ChangeLines(List<String> lines, int omitted) {

    public ChangeLines {
        lines = List.copyOf(lines);
    }

    /** At most {@code max} lines: records first, then amounts, indicators and prose. */
    public static ChangeLines of(ContentDiff diff, int max) {
        List<String> all = new ArrayList<>();
        diff.records().forEach(r -> all.add(r.place().heading() + "：" + DiffWords.record(r)));
        diff.amounts().forEach(a -> all.add(a.place().heading() + "：" + a.subject() + " " + DiffWords.amount(a)));
        diff.indicators().forEach(i -> all.add(i.place().heading() + "：" + DiffWords.indicator(i)));
        for (ProseChange p : diff.prose()) {
            for (List<TextDiff.Piece> sentence : p.sentences()) {
                all.add(p.place().heading() + "：" + p.subject() + " · " + p.field() + "：" + wordDiff(sentence));
            }
        }
        return all.size() <= max ? new ChangeLines(all, 0) : new ChangeLines(all.subList(0, max), all.size() - max);
    }

    static String wordDiff(List<TextDiff.Piece> pieces) {
        StringBuilder out = new StringBuilder();
        for (TextDiff.Piece piece : pieces) {
            String text = piece.text().replace('\n', ' ');
            switch (piece.op()) {
                case KEEP -> out.append(text);
                case DELETE -> out.append("[-").append(text).append("-]");
                case INSERT -> out.append("{+").append(text).append("+}");
            }
        }
        return out.toString();
    }
}
