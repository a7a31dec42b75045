package org.opendisclosure.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for amounts read at a glance: 亿元 / 万元 with two decimals, half up; exact below 1 万元. */
class MoneyFormatTest {

    @ParameterizedTest(name = "{0} 元 reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                | 0 元
            0.50             | 0.50 元
            950              | 950 元
            9999.99          | 9,999.99 元
            10000            | 1.00 万元
            10049.99         | 1.00 万元
            10050            | 1.01 万元
            10737000         | 1,073.70 万元
            99994999.99      | 9,999.50 万元
            99999949.99      | 9,999.99 万元
            99999950         | 1.00 亿元
            100000000        | 1.00 亿元
            100000000.01     | 1.00 亿元
            134242600        | 1.34 亿元
            2218956423       | 22.19 亿元
            1320724670       | 13.21 亿元
            1325000000       | 13.25 亿元
            1325000000.01    | 13.25 亿元
            1324999999.99    | 13.25 亿元
            123456789012345  | 1,234,567.89 亿元
            -950             | -950 元
            -10050           | -1.01 万元
            -100000000       | -1.00 亿元
            -2218956423      | -22.19 亿元
            """)
    void readable(String yuan, String expected) {
        assertEquals(expected, MoneyFormat.readable(new BigDecimal(yuan)));
    }

    @ParameterizedTest(name = "{0} 万元 reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.5         | 5,000 元
            1073.70     | 1,073.70 万元
            9999.99     | 9,999.99 万元
            10000       | 1.00 亿元
            13424.26    | 1.34 亿元
            """)
    void readableFromWan(String wan, String expected) {
        assertEquals(expected, MoneyFormat.readableFromWan(new BigDecimal(wan)));
    }

    @ParameterizedTest(name = "{0} 元 in a summary reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            950          | 950 元
            0            | 0 元
            10000        | 1.00 万元（10,000 元）
            2218956423   | 22.19 亿元（2,218,956,423 元）
            100000000    | 1.00 亿元（100,000,000 元）
            73985000.40  | 7,398.50 万元（73,985,000.40 元）
            -2218956423  | -22.19 亿元（-2,218,956,423 元）
            """)
    void readableWithExact(String yuan, String expected) {
        assertEquals(expected, MoneyFormat.readableWithExact(new BigDecimal(yuan)));
    }

    @ParameterizedTest(name = "{0} 万元 in a summary reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1073.70     | 1,073.70 万元
            13424.26    | 1.34 亿元（13,424.26 万元）
            12000       | 1.20 亿元（12,000 万元）
            """)
    void readableFromWanWithExact(String wan, String expected) {
        assertEquals(expected, MoneyFormat.readableFromWanWithExact(new BigDecimal(wan)));
    }
}
