package org.opendisclosure.render;

import java.math.BigDecimal;

/** One 子项目 with its amount in 元 (null when the form gives none) and share of the sub-projects' total. */
public record SubProjectRow(String name, BigDecimal amount, String share) {
}
