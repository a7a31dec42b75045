package org.opendisclosure.model;

/**
 * 站点设置 from {@code site.yaml}.
 *
 * @param title       站点名称
 * @param description 站点简介, or empty
 * @param baseUrl     站点网址: the absolute http(s) address the site is published at, ending with
 *                    {@code /}; null when not given: then the site has no canonical links and no
 *                    sitemap, which need absolute addresses, and the 404 page, the one page whose
 *                    links cannot be relative, links from the root of the host
 */
public record SiteSettings(String title, String description, String baseUrl) {
    public static final SiteSettings DEFAULT = new SiteSettings("预算信息公开", "", null);
}
