package org.opendisclosure.model;

/** 站点设置 from {@code site.yaml}. */
public record SiteSettings(String title, String description) {
    public static final SiteSettings DEFAULT = new SiteSettings("预算信息公开", "");
}
