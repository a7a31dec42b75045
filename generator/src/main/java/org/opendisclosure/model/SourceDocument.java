package org.opendisclosure.model;

/** 资料来源: the published document the figures come from; url is null or a checked http(s) URL. */
public record SourceDocument(String title, String url) {
}
