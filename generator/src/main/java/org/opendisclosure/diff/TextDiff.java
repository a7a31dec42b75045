package org.opendisclosure.diff;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * A short, readable diff of prose: the text is cut into sentences (at 。！？； and line ends), the
 * sentences are compared, and each changed sentence is compared again word by word. Chinese has no
 * spaces, so a "word" is one Han character, a run of Latin letters or digits (so {@code 12333}
 * or {@code 2024} change as a whole), or one other character. The comparison is JGit's histogram
 * diff, which keeps long unchanged runs together.
 */
public final class TextDiff {

    /** How a piece of a sentence changed. */
    public enum Op { KEEP, DELETE, INSERT }

    /** A piece of a changed sentence. */
    public record Piece(Op op, String text) {
    }

    private static final DiffAlgorithm ALGORITHM = DiffAlgorithm
            .getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

    private TextDiff() {
    }

    /** The changed sentences between {@code before} and {@code after}; empty when the text is the same. */
    public static List<List<Piece>> changedSentences(String before, String after) {
        Tokens a = new Tokens(sentences(before == null ? "" : before));
        Tokens b = new Tokens(sentences(after == null ? "" : after));
        List<List<Piece>> changed = new ArrayList<>();
        for (Edit edit : ALGORITHM.diff(Tokens.COMPARATOR, a, b)) {
            String removed = String.join("", a.tokens.subList(edit.getBeginA(), edit.getEndA()));
            String inserted = String.join("", b.tokens.subList(edit.getBeginB(), edit.getEndB()));
            changed.add(words(removed.strip(), inserted.strip()));
        }
        return changed;
    }

    /** {@code before} → {@code after} as pieces kept, removed and inserted, word by word. */
    static List<Piece> words(String before, String after) {
        Tokens a = new Tokens(words(before));
        Tokens b = new Tokens(words(after));
        EditList edits = ALGORITHM.diff(Tokens.COMPARATOR, a, b);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Edit edit : edits) {
            add(pieces, Op.KEEP, a.tokens.subList(at, edit.getBeginA()));
            add(pieces, Op.DELETE, a.tokens.subList(edit.getBeginA(), edit.getEndA()));
            add(pieces, Op.INSERT, b.tokens.subList(edit.getBeginB(), edit.getEndB()));
            at = edit.getEndA();
        }
        add(pieces, Op.KEEP, a.tokens.subList(at, a.tokens.size()));
        return pieces;
    }

    private static void add(List<Piece> pieces, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).op() == op) {
            text = pieces.remove(pieces.size() - 1).text() + text;
        }
        pieces.add(new Piece(op, text));
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sentence.append(c);
            if ("。！？；!?;\n".indexOf(c) >= 0) {
                sentences.add(sentence.toString());
                sentence.setLength(0);
            }
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence.toString());
        }
        return sentences;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int c = text.codePointAt(i);
            if (isLatinOrDigit(c)) {
                while (i < text.length() && isLatinOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else {
                i += Character.charCount(c);
            }
            words.add(text.substring(start, i));
        }
        return words;
    }

    private static boolean isLatinOrDigit(int c) {
        return c < 0x80 && Character.isLetterOrDigit(c) || c == '.' || c == ',';
    }

    /** A list of strings as a JGit sequence. */
    private static final class Tokens extends Sequence {

        static final SequenceComparator<Tokens> COMPARATOR = new SequenceComparator<>() {
            @Override
            public boolean equals(Tokens a, int ai, Tokens b, int bi) {
                return a.tokens.get(ai).equals(b.tokens.get(bi));
            }

            @Override
            public int hash(Tokens seq, int ptr) {
                return seq.tokens.get(ptr).hashCode();
            }
        };

        final List<String> tokens;

        Tokens(List<String> tokens) {
            this.tokens = tokens;
        }

        @Override
        public int size() {
            return tokens.size();
        }
    }
}
