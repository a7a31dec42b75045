package org.opendisclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the links of a built site as a browser would follow them, with the site served at a
 * given address ({@code mount}): a link is resolved against the address its page is shown at, and
 * must then name a file of the site, and its {@code #fragment} an element id in that file. Links
 * with a scheme of their own that lead elsewhere ({@code https://…}, {@code mailto:}) are not
 * followed, nor is a table's CSV download carried in the page ({@link CsvDataLinks}). Also checked: ids each page refers to itself ({@code aria-labelledby},
 * {@code aria-describedby}, {@code for}, {@code headers}, SVG {@code url(#…)}), and that no id is
 * used twice in a page. Problems read {@code page: what — why}.
 */
public final class SiteLinks {

    private static final List<String> LINKS = List.of("href", "src", "xlink:href");
    private static final List<String> ID_LISTS = List.of("aria-labelledby", "aria-describedby", "for", "headers");
    private static final Pattern LOCAL_URL = Pattern.compile("url\\(#([^)]*)\\)");

    private final Path site;
    private final URI mount;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    /** @param mount the address of the site's root, ending with {@code /} */
    public SiteLinks(Path site, String mount) {
        this.site = site.toAbsolutePath().normalize();
        this.mount = URI.create(mount);
    }

    /** The problems of every HTML page, each shown at its own address. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String page = site.relativize(file).toString().replace('\\', '/');
                problems.addAll(problems(page, page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** The problems of {@code page} when a server shows it at {@code shownAt} (relative to the mount). */
    public List<String> problems(String page, String shownAt) {
        List<String> problems = new ArrayList<>();
        Document document = parse(site.resolve(page));
        URI address = mount.resolve(shownAt);
        String where = page.equals(shownAt) ? page : page + " (shown at " + shownAt + ")";
        for (Element element : document.getAllElements()) {
            for (String name : LINKS) {
                if (element.hasAttr(name) && !CsvDataLinks.isTableDownload(element, name)) {
                    String problem = problem(document, address, element.attr(name));
                    if (problem != null) {
                        problems.add(where + ": " + name + "=\"" + element.attr(name) + "\" — " + problem);
                    }
                }
            }
            for (String name : ID_LISTS) {
                for (String id : element.attr(name).split("\\s+")) {
                    if (!id.isEmpty() && document.getElementById(id) == null) {
                        problems.add(where + ": " + name + "=\"" + element.attr(name) + "\" — 没有 id 为 " + id + " 的元素");
                    }
                }
            }
            for (Attribute attribute : element.attributes()) {
                Matcher url = LOCAL_URL.matcher(attribute.getValue());
                while (url.find()) {
                    if (document.getElementById(url.group(1)) == null) {
                        problems.add(where + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\" — 没有 id 为 "
                                + url.group(1) + " 的元素");
                    }
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (Element element : document.select("[id]")) {
            if (!seen.add(element.id())) {
                problems.add(where + ": id=\"" + element.id() + "\" — 同一页面中出现不止一次");
            }
        }
        return problems;
    }

    /** Why {@code link}, on a page shown at {@code address}, leads nowhere; null when it is fine. */
    private String problem(Document page, URI address, String link) {
        if (link.startsWith("#")) {
            // The same document, wherever it is shown (there is no <base> to send it elsewhere).
            String id = link.substring(1);
            return id.isEmpty() || page.getElementById(id) != null ? null : "本页中没有 id 为 " + id + " 的元素";
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return "不是有效的网址：" + e.getMessage();
        }
        if (uri.getScheme() != null) {
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (scheme.equals("mailto") || scheme.equals("tel")) {
                return null;
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "不应出现的网址类型 " + scheme + ":";
            }
            if (!link.startsWith(mount.toString())) {
                return null; // another site
            }
        }
        URI target = address.resolve(uri);
        if (!target.toString().startsWith(mount.toString())) {
            return "指向站点之外：" + target;
        }
        String path = target.getPath().substring(mount.getPath().length());
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        Path file = site.resolve(path).normalize();
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            return "站点中没有文件 " + path;
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && !idsOf(file).contains(fragment)) {
            return path + " 中没有 id 为 " + fragment + " 的元素";
        }
        return null;
    }

    private Set<String> idsOf(Path file) {
        return ids.computeIfAbsent(file, f -> {
            Set<String> found = new HashSet<>();
            if (f.toString().endsWith(".html")) {
                parse(f).select("[id]").forEach(e -> found.add(e.id()));
            }
            return found;
        });
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
