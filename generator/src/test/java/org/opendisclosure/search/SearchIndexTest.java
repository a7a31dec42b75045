package org.opendisclosure.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The index files: every gram's postings decode back to exactly the documents whose searched text
 * holds it, in shards by first character; documents come back whole from their chunks; the same
 * documents give the same bytes; and a hostile title is a JSON string, never code.
 */
class SearchIndexTest {

    /** Sizes small enough that a few documents fill several shards and chunks. */
    private static final SearchIndexWriter SMALL = new SearchIndexWriter(300, 400, 3);

    private static final String HOSTILE = "\"); alert('t1'); (\"</script><img src=x onerror=alert('t2')>\u2028${x}";

    static List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        documents.add(new SearchDocument(SearchKind.PROJECT, 2024, "12333 热线咨询平台项目经费", "2024/projects/hotline-12333.html",
                List.of("上海市人力资源和社会保障局咨询服务中心", "上海市人力资源和社会保障局", "", "保障 12333 热线平台全年正常运行，话后满意度达到 98%以上。")));
        documents.add(new SearchDocument(SearchKind.PROJECT, 2024, HOSTILE, "2024/projects/hostile.html",
                List.of("测试中心", "测试局", HOSTILE, "")));
        documents.add(new SearchDocument(SearchKind.PROJECT, 2019, "12333热线全媒体智能咨询平台项目经费",
                "2019/projects/hotline-12333.html", List.of("咨询服务中心", "人社局", "提高咨询服务质量", "")));
        documents.add(new SearchDocument(SearchKind.INDICATOR, 2024, "12333 热线咨询平台项目经费",
                "2024/projects/hotline-12333.html#indicators", List.of("话后满意度：≥98(%)", "坐席人员数：≥371(人)")));
        documents.add(new SearchDocument(SearchKind.DEPARTMENT, 2019, "上海市人力资源和社会保障局", "2019/departments/shrss.html",
                List.of()));
        documents.add(new SearchDocument(SearchKind.UNIT, 2019, "咨询服务中心", "2019/units/c.html", List.of("人社局")));
        documents.add(new SearchDocument(SearchKind.FUNCTION, 2019, "208 社会保障和就业支出", "2019/functions/208.html",
                List.of("")));
        documents.add(new SearchDocument(SearchKind.FUNCTION, 2019, "2080101 行政运行", "2019/functions/2080101.html",
                List.of("208 社会保障和就业支出 › 20801 人力资源和社会保障管理事务")));
        documents.add(new SearchDocument(SearchKind.FUNCTION, 2018, "2080101", null, List.of("208 › 20801")));
        return documents;
    }

    @Test
    void everyGramsPostingsAreExactlyTheDocumentsWhoseTextHoldsIt() {
        List<SearchDocument> documents = documents();
        SearchIndexFiles index = new SearchIndexFiles(SMALL.files(documents));

        Map<String, Set<Integer>> expected = new TreeMap<>(SearchText.CODE_POINT_ORDER);
        Map<String, Set<Integer>> expectedTitles = new TreeMap<>(SearchText.CODE_POINT_ORDER);
        for (int n = 0; n < documents.size(); n++) {
            SearchDocument document = documents.get(n);
            Set<String> grams = new HashSet<>();
            document.searchedTexts().forEach(t -> SearchText.addGrams(t, grams));
            for (String gram : grams) {
                expected.computeIfAbsent(gram, g -> new TreeSet<>()).add(n);
            }
            if (document.kind().titleSearched()) {
                Set<String> titleGrams = new HashSet<>();
                SearchText.addGrams(document.title(), titleGrams);
                for (String gram : titleGrams) {
                    expectedTitles.computeIfAbsent(gram, g -> new TreeSet<>()).add(n);
                }
            }
        }
        assertEquals(expected.keySet(), index.grams.keySet());
        for (String gram : expected.keySet()) {
            int[][] postings = index.postings(gram);
            assertArrayEquals(numbers(expected.get(gram)), postings[0], gram);
            assertArrayEquals(numbers(expectedTitles.getOrDefault(gram, Set.of())), postings[1], gram + " in titles");
        }
        assertArrayEquals(new int[] {0, 2}, intersection(index, "12", "23"), "12333: both hotline projects");
        assertArrayEquals(new int[] {0, 3}, intersection(index, "话后", "满意"), "话后满意: a goal and an indicator");
        assertArrayEquals(new int[] {0, 2}, index.postings("热线")[1], "in titles: not the indicators, whose title is not searched");
    }

    @Test
    void shardsHoldConsecutiveRangesOfGramsAndTheManifestNamesTheFirstOfEach() {
        SearchIndexFiles index = new SearchIndexFiles(SMALL.files(documents()));
        List<String[]> shards = index.shardList;
        assertTrue(shards.size() > 3, "the small size makes several shards: " + shards.size());
        List<String> inOrder = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            List<String> grams = index.shards.get(shards.get(i)[1]);
            assertEquals(shards.get(i)[0], grams.get(0), "shard " + i + " starts with the gram the manifest names");
            if (i + 1 < shards.size()) {
                assertTrue(SearchText.CODE_POINT_ORDER.compare(grams.get(grams.size() - 1), shards.get(i + 1)[0]) < 0,
                        "shard " + i);
            }
            inOrder.addAll(grams);
        }
        assertEquals(List.copyOf(index.grams.keySet()), inOrder, "every gram once, in code-point order");
    }

    @Test
    void documentsComeBackWholeFromTheirChunksInNumberOrder() {
        List<SearchDocument> documents = documents();
        SearchIndexFiles index = new SearchIndexFiles(SMALL.files(documents));
        assertTrue(index.chunks >= 3, "three documents at most per chunk");
        assertEquals(documents.size(), index.documents.size());
        for (int n = 0; n < documents.size(); n++) {
            SearchDocument expected = documents.get(n);
            JsonNode actual = index.documents.get(n);
            assertEquals(expected.year(), actual.get(0).asInt());
            assertEquals(expected.title(), actual.get(1).asText());
            assertEquals(expected.href(), actual.get(2).isNull() ? null : actual.get(2).asText());
            List<String> fields = new ArrayList<>();
            actual.get(3).forEach(f -> fields.add(f.asText()));
            assertEquals(expected.fields(), fields);
        }
    }

    @Test
    void theManifestGivesEachKindItsDocumentsLabelsAndOrder() {
        SearchIndexFiles index = new SearchIndexFiles(SMALL.files(documents()));
        assertEquals(SearchIndexWriter.FORMAT, index.manifest.get("format").asInt());
        assertEquals(9, index.manifest.get("documents").asInt());
        List<String> kinds = new ArrayList<>();
        for (JsonNode kind : index.manifest.get("kinds")) {
            kinds.add(kind.get("heading").asText() + " " + kind.get("first").asInt() + "+" + kind.get("count").asInt());
        }
        assertEquals(List.of("项目 0+3", "指标 3+1", "部门 4+1", "单位 5+1", "功能分类 6+3"), kinds);
        JsonNode project = index.manifest.get("kinds").get(0);
        assertEquals("[\"实施单位\",\"主管部门\",\"项目总目标\",\"年度目标\"]", project.get("labels").toString());
        assertFalse(index.manifest.get("kinds").get(1).get("titleSearched").asBoolean(), "an indicator's title is its project");
    }

    @Test
    void theSameDocumentsGiveTheSameBytesAndFilesAreNamedByTheirContent() throws Exception {
        SortedMap<String, byte[]> first = new SearchIndexWriter().files(documents());
        SortedMap<String, byte[]> second = new SearchIndexWriter().files(new ArrayList<>(documents()));
        assertEquals(first.keySet(), second.keySet());
        for (String path : first.keySet()) {
            assertArrayEquals(first.get(path), second.get(path), path);
        }
        for (Map.Entry<String, byte[]> file : first.entrySet()) {
            if (file.getKey().equals(SearchIndexWriter.MANIFEST)) {
                continue;
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            String data = text.substring(text.indexOf(',') + 1, text.length() - ");\n".length());
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(data.getBytes(StandardCharsets.UTF_8)), 0, 6);
            assertTrue(file.getKey().endsWith("-" + hash + ".js"), file.getKey());
        }

        List<SearchDocument> changed = new ArrayList<>(documents());
        changed.set(5, new SearchDocument(SearchKind.UNIT, 2019, "咨询服务中心（改名）", "2019/units/c.html", List.of("人社局")));
        assertFalse(new SearchIndexWriter().files(changed).keySet().equals(first.keySet()),
                "changed content, new file names: no browser mixes an old cached file with a new index");
    }

    @Test
    void aHostileTitleIsAStringInTheDataNeverCode() {
        SortedMap<String, byte[]> files = SMALL.files(documents());
        SearchIndexFiles index = new SearchIndexFiles(files);
        assertEquals(HOSTILE, index.documents.get(1).get(1).asText());
        assertEquals(HOSTILE, index.documents.get(1).get(3).get(2).asText());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains("<") || text.contains(">") || text.contains("\u2028"), file.getKey());
            assertFalse(text.contains("alert('t1'); (\""), "the quote stays escaped in " + file.getKey());
        }
    }

    @Test
    void anEmptySiteHasAnEmptyIndex() {
        SearchIndexFiles index = new SearchIndexFiles(new SearchIndexWriter().files(List.of()));
        assertEquals(0, index.manifest.get("documents").asInt());
        assertEquals(0, index.shardList.size());
        assertEquals(0, index.chunks);
    }

    @Test
    void aLargeIndexSplitsIntoShardsOfAboutTheTargetSize() {
        List<SearchDocument> many = new ArrayList<>();
        IntStream.range(0, 3000).forEach(i -> many.add(new SearchDocument(SearchKind.PROJECT, 2024,
                "项目" + i + " " + (char) ('一' + i % 2000) + (char) ('一' + (i * 7) % 2000), "2024/projects/p" + i + ".html",
                List.of("单位" + i % 50, "部门" + i % 7, "", ""))));
        SortedMap<String, byte[]> files = new SearchIndexWriter().files(many);
        SearchIndexFiles index = new SearchIndexFiles(files);
        assertEquals(3000, index.documents.size());
        int largestShard = files.entrySet().stream().filter(f -> f.getKey().startsWith("search/g-"))
                .mapToInt(f -> f.getValue().length).max().orElseThrow();
        assertTrue(index.shards.size() > 1, "shards: " + index.shards.size());
        assertTrue(largestShard < 2 * SearchIndexWriter.DEFAULT_SHARD_BYTES, "largest shard " + largestShard);
    }

    @Test
    void postingsWithGapsOfEverySizeComeBackExactly() {
        // Gaps of 0, under 128, under 16,384 and beyond: every length the writer keeps them in.
        int[] holders = {0, 1, 2, 130, 131, 20_000, 20_001, 40_000, 40_127};
        List<SearchDocument> many = new ArrayList<>();
        for (int i = 0; i <= 40_127; i++) {
            String title = java.util.Arrays.binarySearch(holders, i) >= 0 ? "稀有词" + i : "项目";
            many.add(new SearchDocument(SearchKind.PROJECT, 2024, title, null, List.of()));
        }
        SearchIndexFiles index = new SearchIndexFiles(new SearchIndexWriter().files(many));
        assertArrayEquals(holders, index.postings("稀有")[0]);
        assertArrayEquals(holders, index.postings("稀有")[1], "in titles: the same list");
        assertEquals(40_128 - holders.length, index.postings("项目")[0].length);
    }

    private static int[] intersection(SearchIndexFiles index, String a, String b) {
        Set<Integer> left = new TreeSet<>();
        for (int n : index.postings(a)[0]) {
            left.add(n);
        }
        Set<Integer> both = new TreeSet<>();
        for (int n : index.postings(b)[0]) {
            if (left.contains(n)) {
                both.add(n);
            }
        }
        return numbers(both);
    }

    private static int[] numbers(Set<Integer> set) {
        return set.stream().mapToInt(Integer::intValue).toArray();
    }
}
