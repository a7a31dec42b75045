package org.opendisclosure.importer;

import java.text.Normalizer;

/**
 * Header, label and sheet texts as compared when recognising tables: full-width letters, digits and
 * punctuation made half-width (NFKC: {@code （} is {@code (}, {@code ：} is {@code :}), every kind of
 * space and line break removed, quotation marks dropped. {@code “三公”经费} and {@code "三公" 经费} and
 * {@code 三公经费} all read the same.
 */
final class HeaderText {

    private HeaderText() {
    }

    static String normal(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '"' && c != '\'' && c != '“'
                    && c != '”' && c != '‘' && c != '’') {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
