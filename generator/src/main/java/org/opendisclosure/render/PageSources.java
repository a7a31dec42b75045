package org.opendisclosure.render;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a page is made from, so that a rebuild after an edit (the live preview) builds again only
 * the pages the edit can change. Either the page reads a few content files — its project, its
 * department, the budgets that explain it — and is built again only when one of them changed (or
 * what the checks say about one of them), or when its layout changed (which files it takes its
 * part of a longer list from, and where that part sits); or it sums up a whole year or the whole
 * site, and is built again after every change and compared with what it was. Every page also reads the site's
 * settings and its templates, which the rebuild watches for all pages. The second kind is the
 * safe default: a page that does not say what it reads is always compared.
 */
public sealed interface PageSources {

    /** Built again after every change and compared by value with the last build. */
    PageSources WHOLE_SITE = new WholeSite();

    /**
     * Reads only these content files, as shown in messages (the site's settings aside); asked for
     * only when a rebuild needs it.
     */
    static PageSources files(Supplier<? extends Collection<String>> files) {
        return new Files(files, List::of);
    }

    /**
     * Reads only these content files, and shows a part of a longer list laid out as {@code layout}
     * says: a page of a list split into pages, whose boundaries an edit elsewhere in the list can
     * move without changing any file the page reads.
     */
    static PageSources part(Supplier<? extends Collection<String>> files, Supplier<List<String>> layout) {
        return new Files(files, layout);
    }

    /**
     * @param files  the content files the page reads, each once, computed on demand
     * @param layout the page's place in a longer list (empty for a page of its own); the page is
     *               built again when it differs from the last build's
     */
    record Files(Supplier<? extends Collection<String>> files, Supplier<List<String>> layout) implements PageSources {
    }

    /** The page sums up more than a few files. */
    record WholeSite() implements PageSources {
    }
}
