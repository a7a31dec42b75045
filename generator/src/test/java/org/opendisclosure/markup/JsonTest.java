package org.opendisclosure.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON string literals that stay strings inside a script, whatever the text. */
class JsonTest {

    @Test
    void quotesBackslashesControlsAndMarkupCharactersAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\\u003c/script\\u003e \\u0026 \\u2028热线\"",
                Json.string("a\"b\\c\n\u0001</script> & \u2028热线"));
    }

    @Test
    void anyTextReadsBackUnchanged() throws Exception {
        String text = "\"); alert(1); (\"</script><img src=x onerror=alert(1)>\u2029\t\u0000𬌗";
        assertEquals(text, new ObjectMapper().readValue(Json.string(text), String.class));
    }
}
