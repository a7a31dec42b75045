package org.opendisclosure.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One published document as extracted text: numbered lines whose table cells are tab-separated. */
record SeedText(String file, List<String> lines) {

    static SeedText read(String file) {
        try (InputStream in = SeedText.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("seed text missing from src/test/resources/seeds/: " + file);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new SeedText(file, List.of(text.split("\n", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int lineCount() {
        return lines.size();
    }

    /** The text of 1-based line {@code number}. */
    String line(int number) {
        return lines.get(number - 1);
    }

    /** The cells of a line, each trimmed; blank cells are kept, so a cell's position is its column. */
    List<String> cells(int number) {
        List<String> cells = new ArrayList<>();
        for (String cell : line(number).split("\t", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** The non-blank cells of a line, in order. */
    List<String> filledCells(int number) {
        return cells(number).stream().filter(cell -> !cell.isEmpty()).toList();
    }

    /** The first line at or after {@code from} whose first filled cell is {@code label}; 0 if none. */
    int findLine(int from, String label) {
        for (int n = from; n <= lineCount(); n++) {
            List<String> filled = filledCells(n);
            if (!filled.isEmpty() && squeeze(filled.get(0)).equals(squeeze(label))) {
                return n;
            }
        }
        return 0;
    }

    /** A cell without the spaces the PDF extraction puts inside words ("产出 指标", "资金构成"). */
    static String squeeze(String cell) {
        return cell.replace(" ", "").replace("\u3000", "");
    }

    String at(int line) {
        return file + ":" + line;
    }
}
