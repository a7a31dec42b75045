package org.opendisclosure.importer;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The limits Apache POI applies while it opens a workbook, set explicitly. POI keeps them in static
 * fields for the whole JVM and offers no per-workbook setting; so they are set here once, before
 * the first workbook is opened, always to the same fixed values — setting them again changes
 * nothing, and two imports running at once see the same limits. They are POI's defaults made
 * stricter for budget workbooks, whose sheets are a few hundred rows:
 *
 * <ul>
 * <li>a zip entry may expand at most 100 times ({@link #MIN_INFLATE_RATIO}): a zip bomb is refused
 *     after reading little;</li>
 * <li>no part (a sheet's XML) may expand beyond {@link #MAX_ENTRY_BYTES}, and no single array POI
 *     allocates beyond it either: memory stays bounded whatever the file claims;</li>
 * <li>text extracted at most {@link #MAX_TEXT_CHARACTERS}.</li>
 * </ul>
 */
final class PoiLimits {

    /** Smallest compressed/uncompressed ratio accepted (POI's default is 0.01 as well; stated, not assumed). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest uncompressed part: 16 MiB, some 100,000 rows of a sheet. */
    static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
    /** Largest text POI extracts. */
    static final long MAX_TEXT_CHARACTERS = 16L * 1024 * 1024;

    private PoiLimits() {
    }

    /** Sets the limits; idempotent and safe from any thread. */
    static void apply() {
        Holder.touch();
    }

    /** Initialised once by the JVM, which makes the setting thread-safe without a lock of our own. */
    private static final class Holder {
        static {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
            ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARACTERS);
            IOUtils.setByteArrayMaxOverride((int) MAX_ENTRY_BYTES);
        }

        static void touch() {
        }
    }
}
