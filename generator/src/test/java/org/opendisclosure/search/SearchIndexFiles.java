package org.opendisclosure.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The index files read back as search.js reads them, for tests: each file must be exactly one call
 * of {@code OpenDisclosureSearch} with its name and one JSON value — data, never code.
 */
final class SearchIndexFiles {

    private static final Pattern CALL = Pattern.compile(
            "OpenDisclosureSearch\\.(index|shard|documents)\\((?:\"([dg]-[0-9a-f]{12})\",)?(.*)\\);\n", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    final JsonNode manifest;
    /** Gram → its entry ("all", "all.title" or "all."), from every shard. */
    final Map<String, String> grams = new TreeMap<>(SearchText.CODE_POINT_ORDER);
    /** Each shard's first gram (as the manifest says) and name, in order. */
    final List<String[]> shardList = new ArrayList<>();
    /** How many chunks the manifest lists. */
    int chunks;
    /** The grams of each shard, by shard name. */
    final Map<String, List<String>> shards = new TreeMap<>();
    /** Every document, in number order, as [year, title, href, [fields]]. */
    final List<JsonNode> documents = new ArrayList<>();

    SearchIndexFiles(Map<String, byte[]> files) {
        manifest = data(files, SearchIndexWriter.MANIFEST, "index", null);
        int length = manifest.get("hashLength").asInt();
        JsonNode shardFirsts = manifest.get("shards").get("first");
        String shardFiles = manifest.get("shards").get("files").asText();
        for (int s = 0; s < shardFirsts.size(); s++) {
            String name = "g-" + shardFiles.substring(s * length, (s + 1) * length);
            shardList.add(new String[] {shardFirsts.get(s).asText(), name});
            JsonNode data = data(files, "search/" + name + ".js", "shard", name);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < data.size(); i += 2) {
                grams.put(data.get(i).asText(), data.get(i + 1).asText());
                names.add(data.get(i).asText());
            }
            shards.put(name, names);
        }
        int[] chunkFirsts = PostingCodec.decode(manifest.get("chunks").get("first").asText());
        String chunkFiles = manifest.get("chunks").get("files").asText();
        assertTrue(chunkFiles.length() == chunkFirsts.length * length, "one hash per chunk");
        for (int c = 0; c < chunkFirsts.length; c++) {
            String name = "d-" + chunkFiles.substring(c * length, (c + 1) * length);
            chunks++;
            assertTrue(chunkFirsts[c] == documents.size(), "chunk " + name + " starts where the last ended");
            data(files, "search/" + name + ".js", "documents", name).forEach(documents::add);
        }
    }

    /** The documents holding a gram, and those whose title does. */
    int[][] postings(String gram) {
        String entry = grams.get(gram);
        if (entry == null) {
            return new int[][] {{}, {}};
        }
        int dot = entry.indexOf('.');
        int[] all = PostingCodec.decode(dot < 0 ? entry : entry.substring(0, dot));
        int[] title = dot < 0 ? new int[0] : dot == entry.length() - 1 ? all : PostingCodec.decode(entry.substring(dot + 1));
        return new int[][] {all, title};
    }

    private static JsonNode data(Map<String, byte[]> files, String path, String function, String name) {
        byte[] bytes = files.get(path);
        assertTrue(bytes != null, "no file " + path);
        Matcher call = CALL.matcher(new String(bytes, StandardCharsets.UTF_8));
        assertTrue(call.matches(), path + " is one call with a JSON value");
        assertTrue(call.group(1).equals(function) && Objects.equals(call.group(2), name), path);
        try {
            return JSON.readTree(call.group(3));
        } catch (Exception e) {
            throw new AssertionError(path + " does not hold JSON: " + e.getMessage(), e);
        }
    }
}
