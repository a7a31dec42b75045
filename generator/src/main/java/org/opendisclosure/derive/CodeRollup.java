package org.opendisclosure.derive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import org.opendisclosure.model.ClassificationCode;

/**
 * Amounts of leaf rows summed up the classification tree: every 类 and 款 (and 项) gets the sum of
 * the leaves below it, and the whole gets the grand total (合计). The published tables' subtotals
 * are these sums; they are computed here, never typed twice. Immutable.
 *
 * @param <A> the amounts one row carries
 */
public final class CodeRollup<A> {

    private final Map<String, A> byCode;
    private final Map<String, List<String>> leavesByCode;
    private final A total;
    private final List<String> leaves;

    private CodeRollup(Map<String, A> byCode, Map<String, List<String>> leavesByCode, A total, List<String> leaves) {
        this.byCode = byCode;
        this.leavesByCode = leavesByCode;
        this.total = total;
        this.leaves = leaves;
    }

    /**
     * @param rows    the leaf rows; rows without a code (already reported) are left out
     * @param code    a row's leaf code
     * @param amounts a row's amounts
     * @param zero    the amounts of nothing
     * @param plus    how amounts add up
     */
    public static <R, A> CodeRollup<A> of(List<R> rows, Function<R, String> code, Function<R, A> amounts, A zero,
            BinaryOperator<A> plus) {
        Map<String, A> byCode = new TreeMap<>();
        Map<String, List<String>> leavesByCode = new TreeMap<>();
        A total = zero;
        List<String> leaves = new ArrayList<>();
        for (R row : rows) {
            String leaf = code.apply(row);
            if (leaf == null) {
                continue;
            }
            A value = amounts.apply(row);
            leaves.add(leaf);
            total = plus.apply(total, value);
            for (String ancestor : ClassificationCode.lineage(leaf)) {
                byCode.merge(ancestor, value, plus);
                leavesByCode.computeIfAbsent(ancestor, c -> new ArrayList<>()).add(leaf);
            }
        }
        Collections.sort(leaves);
        return new CodeRollup<>(Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(leavesByCode), total,
                List.copyOf(leaves));
    }

    /** Every code with rows below it (类, 款 and leaves), in code order: the order of the published tables. */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /** The codes of one length (3 for 类, 5 for 款, 7 for 项), in order. */
    public List<String> codes(int length) {
        return byCode.keySet().stream().filter(c -> c.length() == length).toList();
    }

    /** The direct children of {@code code} that have rows, in order. */
    public List<String> children(String code) {
        return byCode.keySet().stream().filter(c -> code.equals(ClassificationCode.parent(c))).toList();
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** The sum below {@code code}; null when no row lies below it. */
    public A at(String code) {
        return byCode.get(code);
    }

    /** The leaf codes a figure is summed from (all of them for the grand total). */
    public List<String> leavesOf(String code) {
        return code.isEmpty() ? leaves : leavesByCode.getOrDefault(code, List.of());
    }

    /** 合计. */
    public A total() {
        return total;
    }
}
