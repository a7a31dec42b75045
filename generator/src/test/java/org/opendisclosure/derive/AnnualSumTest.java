package org.opendisclosure.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The sum is what adding the amounts one by one to zero gives: the same value and the same scale. */
class AnnualSumTest {

    @Test
    void mixedScalesGiveTheOneByOneSumWithItsScale() {
        assertSameAsOneByOne(List.of(new BigDecimal("12000"), new BigDecimal("73985000.40"), new BigDecimal("0.005")));
        assertSameAsOneByOne(List.of(new BigDecimal("12000"), new BigDecimal("3")), 2);
        assertSameAsOneByOne(List.of(new BigDecimal("1E+3"), new BigDecimal("-250.5")));
        assertSameAsOneByOne(List.of());
        assertEquals("12003", sum(List.of(new BigDecimal("12000"), new BigDecimal("3")), 2).toPlainString(),
                "a unit of whole amounts keeps scale 0 although the year has cents");
    }

    @Test
    void sumsBeyondALongGoOnExactly() {
        BigDecimal huge = new BigDecimal("9000000000000000.00"); // 9e17 yuan: 9e19 cents, beyond a long
        assertSameAsOneByOne(List.of(huge, huge, new BigDecimal("0.01")));
        BigDecimal large = new BigDecimal("50000000000000000.00"); // fits alone, overflows when added
        assertSameAsOneByOne(List.of(large, large, new BigDecimal("-0.01"), large));
        assertSameAsOneByOne(List.of(BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.ONE));
    }

    @Test
    void randomAmountsOfACitysYear() {
        Random random = new Random(20261203);
        for (int round = 0; round < 200; round++) {
            List<BigDecimal> amounts = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                long unscaled = random.nextInt(10) == 0 ? random.nextLong() : random.nextInt(2_000_000_000) - 100_000;
                amounts.add(BigDecimal.valueOf(unscaled, random.nextInt(6) - 1));
            }
            assertSameAsOneByOne(amounts);
        }
    }

    private static void assertSameAsOneByOne(List<BigDecimal> amounts) {
        int yearScale = amounts.stream().mapToInt(BigDecimal::scale).max().orElse(0);
        assertSameAsOneByOne(amounts, Math.max(0, yearScale));
    }

    private static void assertSameAsOneByOne(List<BigDecimal> amounts, int yearScale) {
        BigDecimal expected = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            expected = expected.add(amount);
        }
        BigDecimal actual = sum(amounts, yearScale);
        assertEquals(expected, actual, amounts::toString); // BigDecimal.equals: value and scale
    }

    private static BigDecimal sum(List<BigDecimal> amounts, int yearScale) {
        AnnualSum sum = new AnnualSum(yearScale);
        amounts.forEach(a -> sum.add(a, AnnualSum.whole(a, yearScale)));
        return sum.total();
    }
}
