package org.opendisclosure.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.opendisclosure.chart.BarChart;
import org.opendisclosure.model.MoneyStyle;

/**
 * Drawn charts kept by their figures, for the live preview: a chart with the same figures, title
 * and style as one drawn by the last update is not drawn again. Keeps what the last two updates
 * drew, so memory follows what was drawn recently, not the whole site. Thread-safe.
 */
public final class ChartCache {

    /** No caching: every chart is drawn (a full build draws each chart once anyway). */
    public static final ChartCache NONE = new ChartCache(false);

    private record Key(MoneyStyle style, BarChart chart) {
    }

    private final boolean enabled;
    private volatile Map<Key, String> current = new ConcurrentHashMap<>();
    private volatile Map<Key, String> previous = new ConcurrentHashMap<>();

    private ChartCache(boolean enabled) {
        this.enabled = enabled;
    }

    public static ChartCache create() {
        return new ChartCache(true);
    }

    /** Starts an update: what the update before last drew and this one does not draw is forgotten. */
    public synchronized void nextUpdate() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    String svg(MoneyStyle style, BarChart chart, Supplier<String> draw) {
        if (!enabled) {
            return draw.get();
        }
        Key key = new Key(style, chart);
        String svg = current.get(key);
        if (svg == null) {
            svg = previous.get(key);
            if (svg == null) {
                svg = draw.get();
            }
            current.put(key, svg);
        }
        return svg;
    }
}
