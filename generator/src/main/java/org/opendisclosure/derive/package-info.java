/**
 * Stage 2, derive: the figures computed from the content, once per run — budget roll-ups (before
 * the checks, which read them), then the {@link org.opendisclosure.derive.SiteModel}: years,
 * departments, units and projects grouped with maps, totals, spending by functional code, links
 * across years, each year's indicators by 一级/二级指标. Uses {@code model} only; checks, pages, open data and search read it and
 * recompute nothing.
 */
package org.opendisclosure.derive;
