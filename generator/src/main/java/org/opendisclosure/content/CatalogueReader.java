package org.opendisclosure.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opendisclosure.model.ClassificationCatalogue;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Reads one classification catalogue file: {@code year}, then {@code functional} and
 * {@code economic}, each a mapping from code to name ({@code "2080101": 行政运行}).
 */
final class CatalogueReader {

    static final List<String> KEYS = List.of("year", "functional", "economic");

    private CatalogueReader() {
    }

    static Optional<ClassificationCatalogue> read(String file, YamlNode root, StringPool strings,
            ProblemCollector problems) {
        Optional<MappingReader> top = MappingReader.of(root, "", FieldLabels.CATALOGUE, strings, problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        MappingReader r = top.get();
        Integer year = r.year("year", true).orElse(null);
        Map<String, String> functional = codes(r, "functional", new int[] {3, 5, 7});
        Map<String, String> economic = codes(r, "economic", new int[] {3, 5});
        r.rejectUnknown(KEYS);
        if (year == null) {
            return Optional.empty();
        }
        return Optional.of(new ClassificationCatalogue(year, functional, economic,
                SourceMaps.of(file, root, strings)));
    }

    private static Map<String, String> codes(MappingReader r, String key, int[] lengths) {
        Map<String, String> codes = new LinkedHashMap<>();
        r.mapping(key, true).ifPresent(m -> {
            for (YamlNode.Entry entry : m.entries()) {
                String code = entry.key();
                String path = m.pathOf(code);
                boolean wellFormed = code.chars().allMatch(c -> c >= '0' && c <= '9')
                        && java.util.Arrays.stream(lengths).anyMatch(n -> n == code.length());
                if (!wellFormed) {
                    r.problems().error(ProblemCodes.TYPE, entry.keyPosition(), path, r.labels().of(path),
                            "科目编码应为 " + lengthsText(lengths) + " 位数字；实际是“" + Abbreviation.of(code) + "”");
                    continue;
                }
                if (entry.value() instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                    codes.put(code, s.text().strip());
                } else {
                    r.problems().error(ProblemCodes.REQUIRED, entry.keyPosition(), path, r.labels().of(path),
                            "科目 " + code + " 应写名称，如 \"" + code + "\": 行政运行");
                }
            }
            for (String code : codes.keySet()) {
                String parent = org.opendisclosure.model.ClassificationCode.parent(code);
                if (parent != null && !codes.containsKey(parent)) {
                    r.problems().error(ProblemCodes.CODE_UNKNOWN, m.entryPosition(code), m.pathOf(code), "",
                            "科目 " + code + " 的上级科目 " + parent + " 不在本目录中；请先列出上级科目");
                }
            }
        });
        return codes;
    }

    private static String lengthsText(int[] lengths) {
        return java.util.Arrays.stream(lengths).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining("、"));
    }
}
