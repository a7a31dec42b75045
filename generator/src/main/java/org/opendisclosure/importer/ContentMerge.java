package org.opendisclosure.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Puts imported blocks into a content file without touching what editors wrote: the file is cut
 * into its top-level keys (each with the comment lines just above it); the imported keys' blocks
 * are replaced, or added at the end when the file had none; every other key — 编者注, 已知差异说明,
 * prose sections, 资料来源 — and its comments stay exactly as they were, byte for byte.
 */
final class ContentMerge {

    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*:.*");

    private ContentMerge() {
    }

    /** The file's top-level blocks by key, in order; text before the first key is under {@code ""}. */
    static Map<String, String> split(String text) {
        Map<String, String> blocks = new LinkedHashMap<>();
        List<String> lines = List.of(text.split("\n", -1));
        StringBuilder current = new StringBuilder();
        StringBuilder pendingComments = new StringBuilder();
        String key = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == lines.size() - 1 && line.isEmpty()) {
                break;
            }
            if (TOP_LEVEL_KEY.matcher(line).matches()) {
                blocks.merge(key, current.toString(), String::concat);
                key = line.substring(0, line.indexOf(':'));
                current = new StringBuilder(pendingComments);
                pendingComments.setLength(0);
                current.append(line).append('\n');
            } else if (line.startsWith("#")) {
                pendingComments.append(line).append('\n');
            } else {
                current.append(pendingComments).append(line).append('\n');
                pendingComments.setLength(0);
            }
        }
        current.append(pendingComments);
        blocks.merge(key, current.toString(), String::concat);
        return blocks;
    }

    /** {@code existing} with {@code imported} blocks in place of its own; editors' keys unchanged. */
    static String merge(String existing, Map<String, String> imported) {
        Map<String, String> blocks = split(existing);
        StringBuilder out = new StringBuilder();
        List<String> placed = new ArrayList<>();
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            String replacement = imported.get(block.getKey());
            if (replacement != null) {
                out.append(leadingComments(block.getValue())).append(replacement);
                if (block.getValue().endsWith("\n\n")) {
                    out.append('\n');
                }
                placed.add(block.getKey());
            } else {
                out.append(block.getValue());
            }
        }
        for (Map.Entry<String, String> block : imported.entrySet()) {
            if (!placed.contains(block.getKey())) {
                if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
                    out.append('\n');
                }
                out.append(block.getValue());
            }
        }
        return out.toString();
    }

    private static String leadingComments(String block) {
        StringBuilder comments = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            comments.append(line).append('\n');
        }
        return comments.toString();
    }

    /**
     * What changed, key by key, line by line without the cell comments: {@code functional: 2 行有变化…}.
     * Lines are compared as sets per key, which is what an editor needs to find the figures that moved.
     */
    static List<String> changes(String before, String after) {
        return changes(before, after, BudgetYaml.IMPORTED_KEYS);
    }

    /** What changed in {@code keys}. */
    static List<String> changes(String before, String after, List<String> keys) {
        Map<String, String> old = split(before);
        Map<String, String> now = split(after);
        List<String> changes = new ArrayList<>();
        for (String key : keys) {
            List<String> oldLines = meaningful(old.get(key));
            List<String> newLines = meaningful(now.get(key));
            if (Objects.equals(oldLines, newLines)) {
                continue;
            }
            List<String> removed = new ArrayList<>(oldLines);
            newLines.forEach(removed::remove);
            List<String> added = new ArrayList<>(newLines);
            oldLines.forEach(added::remove);
            if (removed.isEmpty() && added.isEmpty()) {
                changes.add(key + "：顺序有变化");
                continue;
            }
            changes.add(key + "：" + added.size() + " 行新增或改变，" + removed.size() + " 行删除或改变");
            removed.stream().limit(20).forEach(line -> changes.add("  - " + line));
            added.stream().limit(20).forEach(line -> changes.add("  + " + line));
        }
        return changes;
    }

    private static List<String> meaningful(String block) {
        List<String> lines = new ArrayList<>();
        if (block == null) {
            return lines;
        }
        String code = "";
        for (String line : block.split("\n")) {
            String content = line.replaceAll("\\s+#.*$", "").replaceAll("^\\s*#.*$", "").stripTrailing();
            if (content.isBlank() || content.strip().startsWith("cells:")) {
                continue; // where a figure came from is not a change of the figure
            }
            if (content.strip().startsWith("- code:") || content.matches("^ {2,4}\"?[0-9a-z_]+\"?:$")) {
                code = content.strip().replace("- ", "");
            }
            lines.add(content.startsWith(" ") && !content.strip().startsWith("- code:") ? code + " " + content.strip()
                    : content.strip());
        }
        return lines;
    }
}
