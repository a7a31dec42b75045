package org.opendisclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Content large enough that writing its site takes seconds: the bundled content plus generated
 * 2024 projects, each a copy of the 12333 hotline project under its own id and name.
 */
public final class GeneratedContent {

    private static final String MODEL = "projects/2024/hotline-12333.yaml";

    private GeneratedContent() {
    }

    /** Writes the content under {@code directory} and returns it; projects are {@code gen-0001} … */
    public static Path bundledPlus(int projects, Path directory) throws IOException {
        FixtureSite.copyTree(FixtureSite.repositoryRoot().resolve("content"), directory);
        String model = Files.readString(directory.resolve(MODEL));
        for (int i = 1; i <= projects; i++) {
            String id = "gen-%04d".formatted(i);
            Files.writeString(directory.resolve("projects/2024/" + id + ".yaml"), model
                    .replace("id: hotline-12333\n", "id: " + id + "\n")
                    .replace("name: 12333 热线咨询平台项目经费\n", "name: 生成的项目 " + id + "\n"));
        }
        return directory;
    }

    /** The path of a generated project's page in the site. */
    public static String page(int project) {
        return "2024/projects/gen-%04d.html".formatted(project);
    }
}
