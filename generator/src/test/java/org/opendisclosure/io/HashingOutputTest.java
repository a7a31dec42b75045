package org.opendisclosure.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The hashes are the standards' own check values, however the bytes arrive. */
class HashingOutputTest {

    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void crc32cGivesTheStandardCheckValueByteByByteAndInPieces() throws Exception {
        assertEquals("e3069283", Crc32c.hex(CHECK), "RFC 3720's CRC-32C check value");
        assertEquals("e3069283", passedInPieces(HashingOutput.crc32c(new ByteArrayOutputStream())));
        assertEquals("00000000", Crc32c.hex(new byte[0]), "leading zeros are kept");
    }

    @Test
    void sha256GivesTheStandardValueAndPassesEveryByteOn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HashingOutput hashing = HashingOutput.sha256(out);
        assertEquals("15e2b0d3c33891ebb0f1ef609ec419420c20e320ce94c65fbc8c3312448eb225", passedInPieces(hashing),
                "the SHA-256 of 123456789");
        assertEquals(CHECK.length, hashing.size());
        assertArrayEquals(CHECK, out.toByteArray());
    }

    private static String passedInPieces(HashingOutput hashing) throws Exception {
        return HashingOutput.pass(out -> {
            out.write(CHECK[0]);
            out.write(CHECK, 1, 4);
            out.write(CHECK, 5, CHECK.length - 5);
        }, hashing).hex();
    }
}
