package org.opendisclosure.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.SourcePosition;

/**
 * Lists the YAML files of one kind below {@code content/}: regular files named {@code *.yaml} or
 * {@code *.yml}, sorted by path. Links are never followed, so nothing outside {@code content/}
 * is ever read; what is skipped — a symbolic link, a named pipe or device, a folder named like a
 * YAML file — is reported as a warning naming its path, never skipped without a word.
 */
final class ContentFiles {

    private ContentFiles() {
    }

    /** The YAML files below {@code directory}, sorted by path so the order never depends on the file system. */
    static List<Path> yamlFiles(Path directory, Path displayBase, ProblemCollector problems) {
        if (Files.isSymbolicLink(directory)) {
            skipped(directory, displayBase, problems, "这是符号链接，不跟随（内容只从 content/ 里的文件读取）；已跳过");
            return List.of();
        }
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            // The sort key is made once per file: relativising paths inside the comparator did it
            // twice per comparison, which showed at city scale.
            TreeMap<String, Path> files = new TreeMap<>();
            walk.filter(p -> !p.equals(directory) && isReadable(p, displayBase, problems))
                    .forEach(p -> files.put(directory.relativize(p).toString().replace('\\', '/'), p));
            return List.copyOf(files.values());
        } catch (IOException e) {
            problems.error(ProblemCodes.YAML, SourcePosition.startOf(ContentLoader.display(displayBase, directory)),
                    "", "", "无法列出目录：" + e.getMessage());
            return List.of();
        }
    }

    /**
     * Whether {@code path} is a content file to read: a regular file named {@code *.yaml} or
     * {@code *.yml}, not a link. A link of any name, and anything else named like a YAML file, is
     * reported to {@code problems} as a warning. A path that does not exist is silently not read.
     */
    static boolean isReadable(Path path, Path displayBase, ProblemCollector problems) {
        String name = path.getFileName().toString();
        boolean yamlName = name.endsWith(".yaml") || name.endsWith(".yml");
        if (Files.isSymbolicLink(path)) {
            skipped(path, displayBase, problems, "这是符号链接，不跟随（内容只从 content/ 里的文件读取）；已跳过");
            return false;
        }
        if (!yamlName || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            skipped(path, displayBase, problems, "这是文件夹，却以 .yaml/.yml 结尾；其中的文件照常读取，它本身不是内容文件");
            return false;
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            skipped(path, displayBase, problems, "这不是普通文件（命名管道、设备或套接字）；已跳过");
            return false;
        }
        return true;
    }

    private static void skipped(Path path, Path displayBase, ProblemCollector problems, String what) {
        problems.warning(ProblemCodes.SKIPPED_FILE, SourcePosition.startOf(ContentLoader.display(displayBase, path)),
                "", "", what);
    }
}
