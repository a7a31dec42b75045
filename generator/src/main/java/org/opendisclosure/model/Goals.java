package org.opendisclosure.model;

/** 项目总目标 and 年度绩效目标 / 年度总体目标; each may be null. */
public record Goals(String overall, String annual) {
}
