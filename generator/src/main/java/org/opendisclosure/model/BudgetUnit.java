package org.opendisclosure.model;

/**
 * 预算单位: a budget unit of a department, e.g. 上海市人力资源和社会保障局咨询服务中心.
 *
 * @param id           validated id, unique across all departments
 * @param name         单位名称
 * @param kind         单位性质 (行政/事业/参公), or null when the documents do not say
 * @param departmentId the department it belongs to
 * @param keyPath      where it stands in the department file, e.g. {@code units[3]}
 */
public record BudgetUnit(String id, String name, String kind, String departmentId, String keyPath) {
}
