package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.problem.ProblemCodes;

/**
 * docs/editing.md, the editors' guide in Chinese, stays true to the checker: every problem code has
 * its own section saying whether it can be acknowledged, every quoted message is well-formed, the
 * complete examples pass every check, and excerpts are verbatim from the files they name.
 *
 * <p>Conventions the guide follows (and this test relies on): a code's section starts with a
 * heading {@code ### `[code]` …}; quoted messages are in fenced blocks with the info string
 * {@code text problem}; complete examples follow a heading {@code ### 完整示例…} as a {@code yaml}
 * block; an excerpt is a {@code yaml} block preceded by {@code <!-- 摘录自 path -->}.
 */
class EditingGuideTest {

    private static final Pattern CODE_HEADING = Pattern.compile("(?m)^### `\\[([^\\]]*)\\]`.*$");
    private static final Pattern NEXT_HEADING = Pattern.compile("(?m)^#{2,3} ");
    private static final Pattern ACKNOWLEDGEABLE_MARK = Pattern.compile("\\*\\*能否作为已知差异说明：\\*\\* *(能|不能)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern PROBLEM_BLOCK = Pattern.compile("(?s)```text problem\\n(.*?)```");
    private static final Pattern MESSAGE_END = Pattern.compile(" \\[[^\\]\\s]+\\]$");
    private static final Pattern MESSAGE = Pattern.compile(
            "(?s)(?<file>[^\\s:]+?)(?::(?<line>[1-9]\\d*):(?<column>[1-9]\\d*)|(?<=\\.xlsx(?:![^\\s:!]{1,31}(?:![A-Z]{1,3}[1-9]\\d*)?)?)): (?<severity>error|warning|note): "
                    + "(?<text>.+) \\[(?<code>[^\\]\\s]+)\\]");
    private static final Pattern COMPLETE_EXAMPLE = Pattern.compile("(?s)### 完整示例[^\\n]*\\n+```yaml\\n(.*?)```");
    private static final Pattern EXCERPT = Pattern.compile("(?s)<!-- 摘录自 (\\S+) -->\\n( *)```yaml\\n(.*?)\\n *```");
    private static final Pattern ACKNOWLEDGEABLE_LIST = Pattern.compile("<!-- acknowledgeable-codes -->\\n(.+)\\n");

    private static String guide;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws IOException {
        guide = Files.readString(FixtureSite.repositoryRoot().resolve("docs/editing.md"));
    }

    /** Every code the checker can report: the public string constants of {@link ProblemCodes}. */
    static List<String> problemCodes() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field field : ProblemCodes.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        return codes;
    }

    /** Each code section's text, from its heading to the next heading, by code. */
    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher heading = CODE_HEADING.matcher(guide);
        while (heading.find()) {
            Matcher next = NEXT_HEADING.matcher(guide);
            int end = next.find(heading.end()) ? next.start() : guide.length();
            sections.put(heading.group(1), guide.substring(heading.start(), end));
        }
        return sections;
    }

    /**
     * The messages quoted in {@code text problem} blocks. A message starts a block or follows a line
     * that ends with {@code [code]}; until then, lines continue it (the template engine's messages
     * span several lines).
     */
    private static List<String> quotedMessages(String text) {
        List<String> messages = new ArrayList<>();
        Matcher block = PROBLEM_BLOCK.matcher(text);
        while (block.find()) {
            List<String> inBlock = new ArrayList<>();
            for (String line : block.group(1).split("\n", -1)) {
                if (inBlock.isEmpty() || MESSAGE_END.matcher(inBlock.get(inBlock.size() - 1)).find()) {
                    inBlock.add(line);
                } else {
                    inBlock.set(inBlock.size() - 1, inBlock.get(inBlock.size() - 1) + "\n" + line);
                }
            }
            inBlock.stream().map(String::strip).filter(m -> !m.isEmpty()).forEach(messages::add);
        }
        return messages;
    }

    @Test
    void everyProblemCodeHasItsOwnSectionAndAppearsInBrackets() throws Exception {
        List<String> codes = problemCodes();
        assertTrue(codes.size() > 20, "the codes were read from ProblemCodes: " + codes);
        Map<String, String> sections = sections();
        List<String> withoutSection = codes.stream().filter(code -> !sections.containsKey(code)).toList();
        assertEquals(List.of(), withoutSection, "codes without a ### `[code]` section in docs/editing.md");
        List<String> neverInBrackets = codes.stream().filter(code -> !guide.contains("[" + code + "]")).toList();
        assertEquals(List.of(), neverInBrackets, "codes that never appear as [code] in docs/editing.md");
    }

    @Test
    void everyCodeSectionIsForACodeTheCheckerHasAndAppearsOnce() throws Exception {
        List<String> codes = problemCodes();
        List<String> headings = new ArrayList<>();
        Matcher heading = CODE_HEADING.matcher(guide);
        while (heading.find()) {
            headings.add(heading.group(1));
        }
        assertEquals(List.of(), headings.stream().filter(code -> !codes.contains(code)).toList(),
                "sections for codes ProblemCodes does not have");
        assertEquals(new TreeSet<>(headings).size(), headings.size(), "a code has two sections: " + headings);
    }

    @Test
    void everyCodeSectionSaysWhetherItsCodeCanBeAcknowledged() {
        List<String> wrong = new ArrayList<>();
        sections().forEach((code, section) -> {
            Matcher mark = ACKNOWLEDGEABLE_MARK.matcher(section);
            if (!mark.find()) {
                wrong.add(code + ": no “**能否作为已知差异说明：** 能/不能” line");
                return;
            }
            boolean says = mark.group(1).equals("能");
            if (says != ProblemCodes.isAcknowledgeable(code)) {
                wrong.add(code + ": the guide says “" + mark.group(1) + "”, ProblemCodes.ACKNOWLEDGEABLE says "
                        + ProblemCodes.isAcknowledgeable(code));
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theListOfAcknowledgeableCodesIsTheCheckersList() {
        Matcher list = ACKNOWLEDGEABLE_LIST.matcher(guide);
        assertTrue(list.find(), "docs/editing.md lists the acknowledgeable codes after <!-- acknowledgeable-codes -->");
        List<String> listed = new ArrayList<>();
        Matcher code = Pattern.compile("`([^`]+)`").matcher(list.group(1));
        while (code.find()) {
            listed.add(code.group(1));
        }
        List<String> expected = new ArrayList<>(ProblemCodes.ACKNOWLEDGEABLE);
        Collections.sort(expected);
        Collections.sort(listed);
        assertEquals(expected, listed);
    }

    @Test
    void everyCodeSectionQuotesAMessageOfItsOwnCode() {
        List<String> without = new ArrayList<>();
        sections().forEach((code, section) -> {
            if (quotedMessages(section).stream().noneMatch(m -> m.endsWith(" [" + code + "]"))) {
                without.add(code);
            }
        });
        assertEquals(List.of(), without, "code sections without a ```text problem example of their own code");
    }

    @Test
    void quotedMessagesAreWellFormedWithExistingCodes() throws Exception {
        List<String> codes = problemCodes();
        List<String> messages = quotedMessages(guide);
        assertTrue(messages.size() >= codes.size(), "at least one quoted message per code: " + messages.size());
        List<String> wrong = new ArrayList<>();
        for (String message : messages) {
            Matcher m = MESSAGE.matcher(message);
            if (!m.matches()) {
                wrong.add("not file:line:column: severity: … [code]: " + message);
                continue;
            }
            String code = m.group("code");
            if (!codes.contains(code)) {
                wrong.add("unknown code [" + code + "]: " + message);
            }
            // Workbooks being imported have no lines: their position is the sheet and cell (docs/importing.md).
            if (!m.group("file").matches("(content|templates|site)/.+") && m.group("line") != null) {
                wrong.add("not a file of the repository: " + message);
            }
            // A note is an acknowledged error, or the one note the checker gives of its own accord.
            if (m.group("severity").equals("note") && !ProblemCodes.isAcknowledgeable(code)
                    && !code.equals(ProblemCodes.CHECKS_DEFERRED) && !code.equals(ProblemCodes.WORKBOOK_FORMULA)) {
                wrong.add("a note is an acknowledged error, but [" + code + "] cannot be acknowledged: " + message);
            }
            if (code.equals(ProblemCodes.CHECKS_DEFERRED) && !m.group("severity").equals("note")) {
                wrong.add("[" + code + "] is always a note: " + message);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void completeExamplesLoadAndPassEveryCheck() throws Exception {
        Matcher example = COMPLETE_EXAMPLE.matcher(guide);
        List<String> examples = new ArrayList<>();
        while (example.find()) {
            examples.add(example.group(1));
        }
        assertTrue(examples.stream().anyMatch(e -> e.contains("form: \"2024\"")), "a complete 2024 example");
        assertTrue(examples.stream().anyMatch(e -> e.contains("form: \"2019\"")), "a complete 2019 example");
        Path root = FixtureSite.repositoryRoot();
        FixtureSite site = FixtureSite.in(dir);
        FixtureSite.copyTree(root.resolve("content/departments"), site.content().resolve("departments"));
        for (int i = 0; i < examples.size(); i++) {
            site.file("content/projects/editing-example-" + i + ".yaml", examples.get(i));
        }
        GenerationResult result = new SiteGenerator().generate(site.request());
        assertEquals("", FixtureSite.messages(result));
        assertTrue(result.pagesWritten() > 0, "the examples were rendered");
    }

    @Test
    void excerptsAreVerbatimFromTheFilesTheyName() throws IOException {
        Matcher excerpt = EXCERPT.matcher(guide);
        int found = 0;
        List<String> wrong = new ArrayList<>();
        while (excerpt.find()) {
            found++;
            String indent = excerpt.group(2);
            List<String> lines = excerpt.group(3).lines()
                    .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line).toList();
            Path file = FixtureSite.repositoryRoot().resolve(excerpt.group(1));
            if (!Files.isRegularFile(file)) {
                wrong.add(excerpt.group(1) + ": no such file");
            } else if (Collections.indexOfSubList(Files.readAllLines(file), lines) < 0) {
                wrong.add(excerpt.group(1) + " does not contain, line for line:\n" + String.join("\n", lines));
            }
        }
        assertTrue(found >= 3, "the guide quotes the bundled content: " + found + " excerpts");
        assertEquals(List.of(), wrong);
    }

    @Test
    void theGuideIsLinkedFromTheReadmeAndTheFormatReference() throws IOException {
        Path root = FixtureSite.repositoryRoot();
        assertTrue(Files.readString(root.resolve("README.md")).contains("(docs/editing.md)"), "README.md links it");
        assertTrue(Files.readString(root.resolve("docs/content-format.md")).contains("(editing.md)"),
                "docs/content-format.md links it");
    }
}
