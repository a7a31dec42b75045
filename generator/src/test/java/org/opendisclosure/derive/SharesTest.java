package org.opendisclosure.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Shares and year-over-year changes: exact until the last step, then two decimals, half up. */
class SharesTest {

    @Test
    void aShareIsRoundedOnceHalfUp() {
        assertEquals(Optional.of(new BigDecimal("73.28")),
                Shares.percent(new BigDecimal("52315200.00"), new BigDecimal("71387200.00")));
        assertEquals(Optional.of(new BigDecimal("66.67")), Shares.percent(new BigDecimal("2"), new BigDecimal("3")));
        assertEquals(Optional.of(new BigDecimal("100.00")), Shares.percent(BigDecimal.TEN, BigDecimal.TEN));
    }

    @Test
    void nothingIsAShareOfZero() {
        assertEquals(Optional.empty(), Shares.percent(BigDecimal.ONE, BigDecimal.ZERO));
        assertEquals(Optional.empty(), Shares.percent(BigDecimal.ONE, new BigDecimal("0.00")));
    }

    @Test
    void aChangeKnowsItsDifferenceAndItsSizeInPercent() {
        YearOverYear up = new YearOverYear(new BigDecimal("3500"), new BigDecimal("3000"), 2018);
        assertEquals(new BigDecimal("500"), up.difference());
        assertEquals(Optional.of(new BigDecimal("16.67")), up.percent());
        YearOverYear down = new YearOverYear(new BigDecimal("2500.50"), new BigDecimal("3000"), 2018);
        assertEquals(new BigDecimal("-499.50"), down.difference());
        assertEquals(Optional.of(new BigDecimal("16.65")), down.percent(), "the size of a decrease, without its sign");
        assertEquals(Optional.empty(), new YearOverYear(BigDecimal.ONE, BigDecimal.ZERO, 2018).percent());
    }
}
