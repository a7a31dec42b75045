package org.opendisclosure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.opendisclosure.model.IndicatorTarget;
import org.opendisclosure.model.TargetComparator;

/** One load's pool: equal values read from many files are kept once, and read back the same. */
class StringPoolTest {

    @Test
    void equalTargetTextsAreOneParsedTarget() {
        StringPool pool = new StringPool();

        IndicatorTarget first = pool.pooledTarget(new String("≥98.00%"));
        IndicatorTarget second = pool.pooledTarget(new String("≥98.00%"));

        assertSame(first, second);
        assertEquals(TargetParser.parse("≥98.00%"), first, "the same parts as parsing the text");
        assertEquals(new BigDecimal("98.00"), first.number(), "the scale as written");
        assertEquals(TargetComparator.AT_LEAST, first.comparator());
    }

    @Test
    void differentTextsStayDifferentTargetsEvenWhenTheirNumbersAreEqual() {
        StringPool pool = new StringPool();

        IndicatorTarget percent = pool.pooledTarget("≥98%");
        IndicatorTarget twoDecimals = pool.pooledTarget("≥98.00%");
        IndicatorTarget qualitative = pool.pooledTarget("持续改善");

        assertNotSame(percent, twoDecimals);
        assertEquals("≥98%", percent.text());
        assertEquals("≥98.00%", twoDecimals.text());
        assertEquals(IndicatorTarget.qualitative("持续改善"), qualitative);
        assertSame(qualitative, pool.pooledTarget("持续改善"));
    }

    @Test
    void filesOfOneShapeShareTheirArrayOfKeyPaths() {
        StringPool pool = new StringPool();
        String[] first = {"id", "name", "unit"};

        assertSame(first, pool.pooledPaths(first));
        assertSame(first, pool.pooledPaths(new String[] {"id", "name", "unit"}));
        String[] other = {"id", "name"};
        assertSame(other, pool.pooledPaths(other));
    }

    @Test
    void keyPathsAreThePooledPathsThatKeyPathsMakes() {
        StringPool pool = new StringPool();
        String indicators = pool.childPath("", pool.pooled("indicators"));
        assertEquals("indicators", indicators);
        assertSame(pool.pooled(new String("indicators")), indicators);

        // Items out of order and beyond the first array: each is the path KeyPaths makes, pooled.
        for (int index : new int[] {3, 0, 20, 7, 19, 100, StringPool.MAX_REMEMBERED_ITEMS + 5, 9}) {
            String item = pool.itemPath(indicators, index);
            assertEquals(KeyPaths.item("indicators", index), item);
            assertSame(pool.pooled(new String(item)), item);
            assertSame(item, pool.itemPath(indicators, index));
        }
        String target = pool.childPath(pool.itemPath(indicators, 20), pool.pooled("target"));
        assertEquals("indicators[20].target", target);
        assertSame(pool.pooled(new String("indicators[20].target")), target);
        // The same key under another parent is another path; equal but distinct instances find the same one.
        assertEquals("indicators[7].target", pool.childPath(pool.itemPath(indicators, 7), "target"));
        assertSame(target, pool.childPath(new String("indicators[20]"), new String("target")));
    }

    @Test
    void threadsAskingForTheSameItemsAtOnceGetThePooledPaths() throws Exception {
        StringPool pool = new StringPool();
        String list = pool.pooled("rows");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> asked = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                asked.add(threads.submit(() -> {
                    List<Integer> order = new ArrayList<>(IntStream.range(0, 2_000).boxed().toList());
                    Collections.shuffle(order, new Random(seed));
                    String[] paths = new String[order.size()];
                    for (int index : order) {
                        paths[index] = pool.itemPath(list, index);
                    }
                    return paths;
                }));
            }
            for (Future<String[]> answer : asked) {
                String[] paths = answer.get();
                for (int index = 0; index < paths.length; index++) {
                    assertEquals("rows[" + index + "]", paths[index]);
                    assertSame(pool.pooled(new String(paths[index])), paths[index]);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
