package org.opendisclosure.render;

import java.io.Writer;

/**
 * Where a template writes a page: an unsynchronised buffer. {@link java.io.StringWriter} locks a
 * {@link StringBuffer} for every piece a template writes, which showed in the profile of a city's
 * build; one page is only ever written by one thread.
 */
final class PageWriter extends Writer {

    private final StringBuilder text = new StringBuilder(16 * 1024);

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence sequence) {
        text.append(sequence);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
