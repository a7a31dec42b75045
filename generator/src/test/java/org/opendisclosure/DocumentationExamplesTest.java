package org.opendisclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete examples in docs/content-format.md load and pass every check. */
class DocumentationExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile("### A complete example[^\\n]*\\n+```yaml\\n(.*?)```",
            Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void completeExamplesAreValid() throws Exception {
        Path root = FixtureSite.repositoryRoot();
        String doc = Files.readString(root.resolve("docs/content-format.md"));
        Matcher m = EXAMPLE.matcher(doc);
        List<String> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(m.group(1));
        }
        assertEquals(2, examples.size(), "two complete examples");
        FixtureSite site = FixtureSite.in(dir);
        FixtureSite.copyTree(root.resolve("content/departments"), site.content().resolve("departments"));
        for (int i = 0; i < examples.size(); i++) {
            site.file("content/projects/example-" + i + ".yaml", examples.get(i));
        }
        assertEquals("", FixtureSite.messages(new SiteGenerator().generate(site.request())));
    }
}
