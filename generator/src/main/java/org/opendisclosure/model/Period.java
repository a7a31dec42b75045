package org.opendisclosure.model;

/** 实施期间: 开始时间 / 计划开始日期 to 结束时间 / 计划完成日期. Either end may be null when missing. */
public record Period(ProjectDate start, ProjectDate end) {
}
