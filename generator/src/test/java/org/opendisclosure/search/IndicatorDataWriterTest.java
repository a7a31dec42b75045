package org.opendisclosure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.SiteGenerator;
import org.opendisclosure.derive.SiteModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The indicator browser's data files, read back with a JSON parser of their own: the manifest
 * names the comparators, units, categories and shards, each shard's summary (units, comparators,
 * smallest and largest number) holds for its rows, and every indicator is in exactly one shard.
 */
class IndicatorDataWriterTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SiteModel site() {
        SiteGenerator.CheckedContent checked = new SiteGenerator().check(FixtureSite.in(dir).standard().request());
        assertFalse(checked.report().hasErrors(), checked.report().problems().toString());
        return new SiteModel(checked.content(), checked.rollups());
    }

    /** The data a file hands to {@code OpenDisclosureIndicators.index(…)} or {@code .shard("name", …)}. */
    private static JsonNode data(byte[] file) throws Exception {
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("OpenDisclosureIndicators.") && text.endsWith(");\n"), text);
        String call = text.substring(text.indexOf('(') + 1, text.length() - 3);
        return JSON.readTree(call.startsWith("\"") ? call.substring(call.indexOf(',') + 1) : call);
    }

    @Test
    void theManifestNamesEverythingAFilterOffers() throws Exception {
        JsonNode manifest = data(new IndicatorDataWriter().files(site()).get("indicators/index.js"));
        assertEquals(1, manifest.get("format").asInt());
        assertEquals("[[\"equal\",\"=\",\"等于\"],[\"at-least\",\"≥\",\"不低于\"],[\"at-most\",\"≤\",\"不高于\"],"
                + "[\"more-than\",\">\",\"高于\"],[\"less-than\",\"<\",\"低于\"]]", manifest.get("comparators").toString());
        assertEquals("[\"%\",\"人\",\"台\"]", manifest.get("units").toString(), "the most used first, then in code-point order");
        assertEquals("[{\"year\":2024,\"count\":4,\"categories\":[[\"产出指标\",\"数量指标\",2,\"2024/indicators/2fbb0d38.html\"],"
                + "[\"产出指标\",\"时效指标\",1,\"2024/indicators/2d04e3bb.html\"],"
                + "[\"满意度指标\",\"服务对象满意度指标\",1,\"2024/indicators/c34ed4f5.html\"]]},"
                + "{\"year\":2019,\"count\":1,\"categories\":[[\"投入和管理目标\",null,1,\"2019/indicators/2d2cda15.html\"]]}]",
                manifest.get("years").toString());
    }

    @Test
    void eachShardsSummaryHoldsForItsRows() throws Exception {
        SortedMap<String, byte[]> files = new IndicatorDataWriter().files(site());
        JsonNode manifest = data(files.get("indicators/index.js"));
        List<String> shards = new ArrayList<>();
        for (JsonNode shard : manifest.get("shards")) {
            JsonNode projects = data(files.get("indicators/r-" + shard.get(7).asText() + ".js"));
            shards.add(shard.get(0) + "/" + shard.get(1) + " rows " + shard.get(2) + " units " + shard.get(3)
                    + " comparators " + shard.get(4) + " " + shard.get(5) + "–" + shard.get(6) + " " + projects);
        }
        assertEquals(List.of(
                "0/0 rows 2 units [1,2] comparators 2 371–556 [[\"2024/projects/p2024.html\",\"热线项目\","
                        + "[[\"坐席人员数\",\"≥371(人)\",1,\"371\",1],[\"系统/设备租赁数\",\"≥556(台)\",1,\"556\",2]]]]",
                "0/1 rows 1 units [] comparators 0 null–null [[\"2024/projects/p2024.html\",\"热线项目\","
                        + "[[\"系统故障解决时间\",\"及时\"]]]]",
                "0/2 rows 1 units [0] comparators 2 98–98 [[\"2024/projects/p2024.html\",\"热线项目\","
                        + "[[\"话后满意度\",\"≥98(%)\",1,\"98\",0]]]]",
                "1/0 rows 1 units [0] comparators 8 98–98 [[\"2019/projects/p2019.html\",\"培训项目\","
                        + "[[\"预算执行率\",\">98%\",3,\"98\",0]]]]"), shards);
    }

    @Test
    void aSmallShardSizeSplitsBetweenProjectsAndTheSameSiteGivesTheSameBytes() throws Exception {
        Map<String, byte[]> files = new IndicatorDataWriter(1).files(site());
        Map<String, byte[]> again = new IndicatorDataWriter(1).files(site());
        assertEquals(files.keySet(), again.keySet());
        files.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(again.get(path), StandardCharsets.UTF_8), path));
        assertEquals(4, data(files.get("indicators/index.js")).get("shards").size(), "one project per shard");
        assertEquals(5, files.size(), "the manifest and four shards");
    }
}
