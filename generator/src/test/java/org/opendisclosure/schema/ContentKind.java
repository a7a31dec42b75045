package org.opendisclosure.schema;

import java.util.Optional;

/**
 * The kinds of content file, each with its JSON Schema. The kind follows from where a file lies
 * under {@code content/}, as {@link org.opendisclosure.content.ContentLoader} decides it.
 */
enum ContentKind {
    SITE("site"),
    DEPARTMENT("department"),
    PROJECT("project"),
    BUDGET("budget"),
    CATALOGUE("catalogue"),
    RULES("rules");

    private final String name;

    ContentKind(String name) {
        this.name = name;
    }

    /** The schema's file name, e.g. {@code project.schema.json}. */
    String schemaFileName() {
        return name + ".schema.json";
    }

    /**
     * The kind of a file from its path relative to the {@code content/} directory, with forward
     * slashes ({@code projects/2019/x.yaml}); empty for a file the loader does not read.
     */
    static Optional<ContentKind> ofContentPath(String path) {
        if (path.equals("site.yaml")) {
            return Optional.of(SITE);
        }
        if (!path.endsWith(".yaml") && !path.endsWith(".yml")) {
            return Optional.empty();
        }
        String folder = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        return switch (folder) {
            case "departments" -> Optional.of(DEPARTMENT);
            case "projects" -> Optional.of(PROJECT);
            case "budgets" -> Optional.of(BUDGET);
            case "catalogues" -> Optional.of(CATALOGUE);
            case "rules" -> Optional.of(RULES);
            default -> Optional.empty();
        };
    }

    /** The kind of a file named as messages name it: {@code content/projects/2019/x.yaml}. */
    static Optional<ContentKind> ofRepositoryPath(String path) {
        return path.startsWith("content/") ? ofContentPath(path.substring("content/".length())) : Optional.empty();
    }
}
