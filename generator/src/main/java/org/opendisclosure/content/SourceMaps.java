package org.opendisclosure.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opendisclosure.model.SourceMap;
import org.opendisclosure.problem.SourcePosition;

/**
 * Builds the {@link SourceMap} of a file: the position of every key and list item by key path.
 * The paths come from the load's {@link StringPool}, as most repeat in every file of a kind, and
 * so does the array of them, which files of one shape share.
 */
final class SourceMaps {

    private SourceMaps() {
    }

    static SourceMap of(String file, YamlNode root, StringPool strings) {
        // In file order, which is nearly the paths' order: see SourceMap.
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        walk("", root, positions, strings);
        return new SourceMap(file, positions, strings::pooledPaths);
    }

    private static void walk(String path, YamlNode node, Map<String, SourcePosition> positions, StringPool strings) {
        if (node instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Entry entry : mapping.entries().values()) {
                String child = strings.childPath(path, entry.key());
                positions.put(child, entry.keyPosition());
                walk(child, entry.value(), positions, strings);
            }
        } else if (node instanceof YamlNode.Sequence sequence) {
            List<YamlNode> items = sequence.items();
            for (int i = 0; i < items.size(); i++) {
                String child = strings.itemPath(path, i);
                positions.put(child, items.get(i).position());
                walk(child, items.get(i), positions, strings);
            }
        }
    }
}
