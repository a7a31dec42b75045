package org.opendisclosure.fidelity;

/**
 * What one line of a published document states, and what the content carries in its place.
 *
 * @param seed the seed file
 * @param line the 1-based line that states it
 * @param what what is published, in words a reviewer recognises in the document
 * @param published the published value, as the reader normalised it
 * @param inContent the content's value, or {@code null} when the content does not carry it at all
 */
record Claim(String seed, int line, String what, String published, String inContent) {

    boolean holds() {
        return published.equals(inContent);
    }

    String finding() {
        String found = inContent == null ? "missing from the content" : "the content has “" + inContent + "”";
        return seed + ":" + line + ": " + what + ": published “" + published + "”, " + found;
    }
}
