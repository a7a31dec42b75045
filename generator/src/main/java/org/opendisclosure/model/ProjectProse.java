package org.opendisclosure.model;

/**
 * The narrative fields of a 2019 form; each may be null. Paragraphs are separated by blank lines.
 *
 * @param overview   项目概况
 * @param basis      立项依据
 * @param necessity  项目设立的必要性
 * @param safeguards 保证项目实施的制度、措施
 * @param plan       项目实施计划
 */
public record ProjectProse(String overview, String basis, String necessity, String safeguards, String plan) {
}
