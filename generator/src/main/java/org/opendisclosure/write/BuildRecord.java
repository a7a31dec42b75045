package org.opendisclosure.write;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a published build was made from and what it wrote, kept in the build cache so that the next
 * build renders again only the pages whose inputs changed and writes only the files whose bytes
 * changed ({@link BuildRecordFile} stores it).
 *
 * @param key       what the whole record is valid for: the engine (plugin version and code), the
 *                  request's settings and the output directory; a record with another key is not used
 * @param templates a digest of every template and asset
 * @param inputs    per content file, as shown in messages: a digest of its bytes and of what the
 *                  checks say of it on pages (acknowledged discrepancies)
 * @param pages     per page path: what it read and which files it was written as
 * @param outputs   per file of the published site: its size, modification time and CRC-32C
 */
public record BuildRecord(String key, String templates, Map<String, String> inputs, Map<String, PageRecord> pages,
        Map<String, OutputRecord> outputs) {

    public BuildRecord {
        inputs = Map.copyOf(inputs);
        pages = Map.copyOf(pages);
        outputs = Map.copyOf(outputs);
    }

    /**
     * One page of a build.
     *
     * @param update  the page's 更新于 line as rendered ({@code ""} without one)
     * @param sources the content files the page reads; empty for a page that sums up the site
     *                (always built again)
     * @param files   the files it was written as: the page, then its tables' downloads
     * @param model   for a page that sums up the site (built again every time), a digest of its view
     *                model: when the next build's is the same, its files are kept without rendering;
     *                for a page that shows a part of a longer list, a digest of its layout there (a
     *                page whose layout changed is rendered); else {@code ""}
     */
    public record PageRecord(String update, Set<String> sources, List<String> files, String model) {

        public PageRecord {
            sources = Set.copyOf(sources);
            files = List.copyOf(files);
        }
    }

    /**
     * One file of the published site, as written: a later build keeps the file only while the file
     * system still shows this size and modification time (nobody changed it since), and only when
     * the bytes it would write are the same: a different size or checksum (CRC-32C, as eight hex
     * digits) settles that quickly, and equal ones are confirmed byte for byte.
     */
    public record OutputRecord(long size, long modified, String checksum) {
    }
}
