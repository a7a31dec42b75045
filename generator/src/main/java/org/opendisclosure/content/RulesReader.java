package org.opendisclosure.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opendisclosure.model.DisclosureRule;
import org.opendisclosure.model.DisclosureRules;
import org.opendisclosure.model.PublishedTable;
import org.opendisclosure.model.RuleCheck;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Reads one year's disclosure rules ({@code rules/<year>.yaml}, 公开内容清单): {@code year}, {@code title},
 * {@code basis}, {@code tables} (keys of the eight tables, in order) and {@code items} (each a {@code check} with its
 * {@code label}, and optionally the {@code phrase} its explanation must contain and a {@code minimum_share}).
 */
final class RulesReader {

    static final List<String> KEYS = List.of("year", "title", "basis", "tables", "items");
    static final List<String> ITEM_KEYS = List.of("check", "label", "phrase", "minimum_share");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RulesReader() {
    }

    static Optional<DisclosureRules> read(String file, YamlNode root, StringPool strings, ProblemCollector problems) {
        Optional<MappingReader> top = MappingReader.of(root, "", FieldLabels.RULES, strings, problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        MappingReader r = top.get();
        Integer year = r.year("year", true).orElse(null);
        String title = r.text("title", true).orElse(null);
        String basis = r.text("basis", false).orElse("");
        List<PublishedTable> tables = tables(r);
        Set<RuleCheck> seen = EnumSet.noneOf(RuleCheck.class);
        List<DisclosureRule> items = r.eachMapping("items", false, item -> {
            Optional<RuleCheck> check = item.oneOf("check", true, RuleCheck.keys(), ProblemCodes.ALLOWED_VALUE)
                    .flatMap(RuleCheck::byKey);
            String label = item.text("label", true).orElse(null);
            String phrase = item.text("phrase", false).orElse(null);
            BigDecimal share = item.money("minimum_share", false).orElse(null);
            if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
                item.problems().error(ProblemCodes.TYPE, item.valuePosition("minimum_share"),
                        item.pathOf("minimum_share"), item.labels().of(item.pathOf("minimum_share")),
                        "应为 0 到 100 之间的百分数，如 60；实际是 " + share.toPlainString());
                share = null;
            }
            item.rejectUnknown(ITEM_KEYS);
            if (check.isPresent() && !seen.add(check.get())) {
                item.problems().error(ProblemCodes.DUPLICATE_ID, item.entryPosition("check"), item.pathOf("check"),
                        item.labels().of(item.pathOf("check")), "核对项“" + check.get().key() + "”已在前面列出；每项只列一次");
            }
            return check.isEmpty() || label == null ? null : new DisclosureRule(check.get(), label, phrase, share,
                    item.path());
        });
        r.rejectUnknown(KEYS);
        if (year == null || title == null) {
            return Optional.empty();
        }
        return Optional.of(new DisclosureRules(year, title, basis, tables,
                items.stream().filter(java.util.Objects::nonNull).toList(), SourceMaps.of(file, root, strings)));
    }

    /** The tables the rules ask for: each a key of {@link PublishedTable}, once. */
    private static List<PublishedTable> tables(MappingReader r) {
        List<PublishedTable> tables = new ArrayList<>();
        List<YamlNode> items = r.sequence("tables", false);
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String path = KeyPaths.item(r.pathOf("tables"), i);
            String key = item instanceof YamlNode.Scalar s && !s.isNull() ? s.text().strip() : null;
            Optional<PublishedTable> table = key == null ? Optional.empty() : PublishedTable.byKey(key);
            if (table.isEmpty()) {
                r.problems().error(ProblemCodes.ALLOWED_VALUE, item.position(), path, r.labels().of(r.pathOf("tables")),
                        "应为以下之一：" + String.join("、", PublishedTable.keys()) + "；实际是"
                                + (key == null ? item.kindName() : "“" + Abbreviation.of(key) + "”"
                                        + DidYouMean.hint(key, PublishedTable.keys())));
            } else if (tables.contains(table.get())) {
                r.problems().error(ProblemCodes.DUPLICATE_ID, item.position(), path, r.labels().of(r.pathOf("tables")),
                        "表“" + key + "”已在前面列出；每张表只列一次");
            } else {
                tables.add(table.get());
            }
        }
        return tables;
    }
}
