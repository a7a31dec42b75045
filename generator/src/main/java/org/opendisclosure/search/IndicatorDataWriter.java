package org.opendisclosure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.derive.IndicatorCategory;
import org.opendisclosure.derive.ProjectIndicators;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.derive.YearInSite;
import org.opendisclosure.io.Sha256;
import org.opendisclosure.markup.Json;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorTarget;
import org.opendisclosure.model.TargetComparator;

/**
 * The indicator browser's data: every indicator of every year as files under {@code indicators/},
 * which {@code assets/indicators.js} filters in the reader's browser (see docs/indicators.md). Like
 * the search index, every file is a script that hands its data to {@code OpenDisclosureIndicators},
 * so that it loads from {@code file://}, and data files are named by the SHA-256 of their data.
 *
 * <ul>
 * <li>{@code indicators/index.js} — the manifest: the comparators, the units (most frequent first),
 * each year's 一级/二级指标 with their counts and first list page, and the shards, each with what a
 * filter needs to skip it unloaded: its year and category, its number of rows, the units and
 * comparators it holds, and the smallest and largest number among its targets.
 * <li>{@code indicators/r-<hash>.js} — a shard: consecutive projects of one year and category, about
 * {@code shardBytes} of them: {@code [[project link, project name, [rows…]], …]}, a row being
 * {@code [name, target]} when the target is qualitative, else
 * {@code [name, target, comparator or -1, number as published, unit or -1]}.
 * </ul>
 *
 * <p>Shards follow the order of the list pages (newest year first, then the year's categories, then
 * the year's projects), so the browser shows results in the order the pages list them and can stop
 * loading once it has a page of results whenever the counts are known from the manifest.
 */
public final class IndicatorDataWriter {

    public static final String MANIFEST = SiteAddresses.indicatorDataFile("index");
    static final String SHARD_PREFIX = "r-";
    static final int HASH_LENGTH = 12;
    /** Bumped whenever the files change shape; indicators.js refuses other formats. */
    public static final int FORMAT = 1;
    /** Measured at a city's year (docs/indicators.md). */
    static final int DEFAULT_SHARD_BYTES = 16 * 1024;

    private final int shardBytes;

    public IndicatorDataWriter() {
        this(DEFAULT_SHARD_BYTES);
    }

    /** With another shard size, for tests that need several shards from a few projects. */
    IndicatorDataWriter(int shardBytes) {
        this.shardBytes = shardBytes;
    }

    /** The files, by path in the site. */
    public SortedMap<String, byte[]> files(SiteModel site) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            write(site, files::put);
        } catch (IOException e) {
            throw new UncheckedIOException("a map does not fail", e);
        }
        return files;
    }

    /** Writes the shards as each is made, then the manifest. */
    public void write(SiteModel site, SearchIndexWriter.FileSink sink) throws IOException {
        List<String> units = units(site);
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            unitIndex.put(units.get(i), i);
        }
        /* Each file's name and full SHA-256, to catch two contents under one name. */
        Map<String, String> written = new HashMap<>();
        StringBuilder years = new StringBuilder();
        StringBuilder shards = new StringBuilder();
        int yearNumber = 0;
        for (YearInSite year : site.yearsNewestFirst()) {
            if (year.indicators().count() == 0) {
                continue;
            }
            years.append(yearNumber == 0 ? "" : ",").append("{\"year\":").append(year.year()).append(",\"count\":")
                    .append(year.indicators().count()).append(",\"categories\":[");
            List<IndicatorCategory> categories = year.indicators().categories();
            for (int c = 0; c < categories.size(); c++) {
                IndicatorCategory category = categories.get(c);
                years.append(c == 0 ? "[" : ",[");
                nullable(years, category.level1()).append(',');
                nullable(years, category.level2()).append(',').append(category.count()).append(',');
                Json.string(years, SiteAddresses.indicatorList(year.year(), category.key(), 1)).append(']');
                Shard shard = new Shard(yearNumber, c);
                List<ProjectIndicators> projects = category.projects();
                for (int p = 0; p < projects.size(); p++) {
                    if (p % SearchIndexWriter.CHECKPOINT_EVERY == 0) {
                        sink.checkpoint();
                    }
                    ProjectIndicators project = projects.get(p);
                    shard.add(year.year(), project, unitIndex);
                    if (shard.bytes >= shardBytes) {
                        shard.write(shards, sink, written);
                        shard = new Shard(yearNumber, c);
                    }
                }
                if (shard.rows > 0) {
                    shard.write(shards, sink, written);
                }
            }
            years.append("]}");
            yearNumber++;
        }
        StringBuilder out = new StringBuilder("OpenDisclosureIndicators.index({\"format\":").append(FORMAT)
                .append(",\"hashLength\":").append(HASH_LENGTH).append(",\"comparators\":[");
        for (TargetComparator comparator : TargetComparator.values()) {
            out.append(comparator.ordinal() == 0 ? "[" : ",[");
            Json.string(out, comparatorKey(comparator)).append(',');
            Json.string(out, comparator.symbol()).append(',');
            Json.string(out, comparator.words()).append(']');
        }
        out.append("],\"units\":[");
        for (int i = 0; i < units.size(); i++) {
            Json.string(out.append(i == 0 ? "" : ","), units.get(i));
        }
        out.append("],\"years\":[").append(years).append("],\"shards\":[").append(shards).append("]});\n");
        sink.write(MANIFEST, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** How a comparator is named in the browser's address: {@code at-least}. */
    static String comparatorKey(TargetComparator comparator) {
        return comparator.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Every unit of a parsed target, the most frequent first, then in code-point order. */
    private static List<String> units(SiteModel site) {
        Map<String, Integer> counts = new HashMap<>();
        for (YearInSite year : site.years()) {
            for (IndicatorCategory category : year.indicators().categories()) {
                for (ProjectIndicators project : category.projects()) {
                    for (Indicator indicator : project.indicators()) {
                        IndicatorTarget target = indicator.target();
                        if (target.isQuantitative() && !target.unit().isEmpty()) {
                            counts.merge(target.unit(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<String> units = new ArrayList<>(counts.keySet());
        units.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? SearchText.CODE_POINT_ORDER.compare(a, b)
                : Integer.compare(counts.get(b), counts.get(a)));
        return units;
    }

    private static StringBuilder nullable(StringBuilder out, String text) {
        return text == null ? out.append("null") : Json.string(out, text);
    }

    /** A shard being filled, with the summary the manifest keeps of it. */
    private static final class Shard {
        private final int year;
        private final int category;
        private final StringBuilder data = new StringBuilder("[");
        private final TreeSet<Integer> units = new TreeSet<>();
        /** One bit per comparator ordinal, and the next bit for targets without one. */
        private int comparators;
        private BigDecimal min;
        private BigDecimal max;
        private int rows;
        private int bytes;

        Shard(int year, int category) {
            this.year = year;
            this.category = category;
        }

        void add(int inYear, ProjectIndicators project, Map<String, Integer> unitIndex) {
            StringBuilder entry = new StringBuilder(data.length() == 1 ? "[" : ",[");
            Json.string(entry, SiteAddresses.project(inYear, project.project().id())).append(',');
            Json.string(entry, project.project().name() == null ? "" : project.project().name()).append(",[");
            boolean first = true;
            for (Indicator indicator : project.indicators()) {
                IndicatorTarget target = indicator.target();
                entry.append(first ? "[" : ",[");
                first = false;
                Json.string(entry, indicator.name() == null ? "" : indicator.name()).append(',');
                Json.string(entry, target.text());
                if (target.isQuantitative()) {
                    int comparator = target.comparator() == null ? -1 : target.comparator().ordinal();
                    int unit = target.unit().isEmpty() ? -1 : unitIndex.get(target.unit());
                    entry.append(',').append(comparator).append(',');
                    Json.string(entry, target.number().toPlainString()).append(',').append(unit);
                    comparators |= 1 << (comparator < 0 ? TargetComparator.values().length : comparator);
                    if (unit >= 0) {
                        units.add(unit);
                    }
                    min = min == null || target.number().compareTo(min) < 0 ? target.number() : min;
                    max = max == null || target.number().compareTo(max) > 0 ? target.number() : max;
                }
                entry.append(']');
                rows++;
            }
            entry.append("]]");
            data.append(entry);
            bytes += utf8Length(entry);
        }

        /** Writes the shard's file and appends its manifest entry {@code [year, category, rows, [units], comparators, min, max, hash]}. */
        void write(StringBuilder manifest, SearchIndexWriter.FileSink sink, Map<String, String> written)
                throws IOException {
            String json = data.append(']').toString();
            String digest = Sha256.hex(json.getBytes(StandardCharsets.UTF_8));
            String hash = digest.substring(0, HASH_LENGTH);
            String name = SHARD_PREFIX + hash;
            String path = SiteAddresses.indicatorDataFile(name);
            String previous = written.putIfAbsent(path, digest);
            if (previous == null) {
                sink.write(path, ("OpenDisclosureIndicators.shard(\"" + name + "\"," + json + ");\n")
                        .getBytes(StandardCharsets.UTF_8));
            } else if (!previous.equals(digest)) {
                throw new IllegalStateException("two indicator files have the name " + path);
            }
            manifest.append(manifest.length() == 0 ? "[" : ",[").append(year).append(',').append(category).append(',')
                    .append(rows).append(",[");
            boolean first = true;
            for (int unit : units) {
                manifest.append(first ? "" : ",").append(unit);
                first = false;
            }
            manifest.append("],").append(comparators).append(',')
                    .append(min == null ? "null" : min.toPlainString()).append(',')
                    .append(max == null ? "null" : max.toPlainString()).append(",\"").append(hash).append("\"]");
        }
    }

    /** The bytes {@code text} takes in UTF-8, without encoding it. */
    private static int utf8Length(CharSequence text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return length;
    }
}
