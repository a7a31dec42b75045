package org.opendisclosure.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Posting lists as gaps in 5-bit digits: small gaps are one character, and every list decodes back. */
class PostingCodecTest {

    @Test
    void neighbouringDocumentsCostOneCharacterEach() {
        assertEquals("A", PostingCodec.encode(0));
        assertEquals("AAAA", PostingCodec.encode(0, 1, 2, 3));
        assertEquals("FAB", PostingCodec.encode(5, 6, 8));
        assertEquals("", PostingCodec.encode());
    }

    @Test
    void largeGapsTakeMoreDigitsLowestFirst() {
        // 32 = 0 + 1·32: a continuing digit 0 ("g"), then a last digit 1 ("B").
        assertEquals("gB", PostingCodec.encode(32));
        assertArrayEquals(new int[] {32, 1_000_000, Integer.MAX_VALUE},
                PostingCodec.decode(PostingCodec.encode(32, 1_000_000, Integer.MAX_VALUE)));
    }

    @Test
    void randomListsDecodeBackAndUseOnlyTheDigitCharacters() {
        Random random = new Random(20240101);
        for (int round = 0; round < 200; round++) {
            int[] documents = IntStream.generate(() -> random.nextInt(1 << (1 + random.nextInt(20)))).limit(
                    random.nextInt(300)).distinct().sorted().toArray();
            String encoded = PostingCodec.encode(documents);
            assertArrayEquals(documents, PostingCodec.decode(encoded));
            assertTrue(encoded.chars().allMatch(c -> PostingCodec.DIGITS.indexOf(c) >= 0), encoded);
        }
    }

    @Test
    void onlyAscendingListsCanBeEncoded() {
        assertThrows(IllegalArgumentException.class, () -> PostingCodec.encode(3, 3));
        assertThrows(IllegalArgumentException.class, () -> PostingCodec.encode(4, 2));
    }
}
