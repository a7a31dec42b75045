package org.opendisclosure.model;

import java.math.BigDecimal;

/**
 * 政府采购预算, in 万元. Any figure the document does not state is null.
 *
 * @param total            政府采购预算
 * @param goods            货物
 * @param works            工程
 * @param services         服务
 * @param smeReserved      面向中小企业预留
 * @param smallMicroReserved 其中预留给小型和微型企业
 */
public record Procurement(BigDecimal total, BigDecimal goods, BigDecimal works, BigDecimal services,
        BigDecimal smeReserved, BigDecimal smallMicroReserved) {
}
