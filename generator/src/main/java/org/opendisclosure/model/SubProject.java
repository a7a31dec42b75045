package org.opendisclosure.model;

import java.math.BigDecimal;

/** 子项目: one line of 项目当年投入资金构成, amount in 元 (null when invalid). */
public record SubProject(String name, BigDecimal amount, String keyPath) {
}
