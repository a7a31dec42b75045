package org.opendisclosure.render;

import java.util.Set;
import java.util.function.Supplier;

/**
 * What a page is made from, so that a rebuild after an edit (the live preview) builds again only
 * the pages the edit can change. Either the page reads a few content files — its project, its
 * department, the budgets that explain it — and is built again only when one of them changed (or
 * what the checks say about one of them); or it sums up a whole year or the whole site, and is
 * built again after every change and compared with what it was. Every page also reads the site's
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
    static PageSources files(Supplier<Set<String>> files) {
        return new Files(files);
    }

    /** @param files the content files the page reads, computed on demand */
    record Files(Supplier<Set<String>> files) implements PageSources {
    }

    /** The page sums up more than a few files. */
    record WholeSite() implements PageSources {
    }
}
