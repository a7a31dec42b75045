package org.opendisclosure.model;

import java.math.BigDecimal;

/**
 * “三公”经费 and 机关运行经费, in 万元 as the published table states them. The subtotals typed
 * here are the published ones; they are checked against their parts, never used instead of them.
 *
 * @param overseas            因公出国(境)费
 * @param reception           公务接待费
 * @param vehiclePurchase     公务用车购置费
 * @param vehicleOperation    公务用车运行费
 * @param publishedTotal      合计 as published, or null
 * @param publishedVehicles   公务用车购置及运行费小计 as published, or null
 * @param operatingCosts      机关运行经费, or null
 */
public record ThreePublicCosts(BigDecimal overseas, BigDecimal reception, BigDecimal vehiclePurchase,
        BigDecimal vehicleOperation, BigDecimal publishedTotal, BigDecimal publishedVehicles,
        BigDecimal operatingCosts) {

    /** 公务用车购置及运行费 = 购置费 + 运行费. */
    public BigDecimal vehicles() {
        return vehiclePurchase.add(vehicleOperation);
    }

    /** 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费. */
    public BigDecimal total() {
        return overseas.add(reception).add(vehicles());
    }
}
