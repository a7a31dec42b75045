package org.opendisclosure.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.opendisclosure.FixtureSite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The content JSON Schemas as the tests use them: loaded from the plugin's resources (never
 * fetched), and content files read the way a YAML editor reads them.
 *
 * <pre>{@code
 * List<Error> errors = ContentSchemas.validate(ContentKind.PROJECT, Files.readString(file));
 * }</pre>
 */
final class ContentSchemas {

    /** Where the schemas say they live ({@code $id}); mapped to the resources below. */
    static final String ID_BASE = "https://opendisclosure.org/schema/content/";
    static final String RESOURCE_DIRECTORY = "org/opendisclosure/schema/";
    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    /** Every schema file: one per kind, and the shared definitions. */
    static final List<String> FILE_NAMES = List.of("common.schema.json", "site.schema.json",
            "department.schema.json", "project.schema.json", "budget.schema.json", "catalogue.schema.json",
            "rules.schema.json");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ROOT).build())
                    .schemaIdResolvers(ids -> ids.mapPrefix(ID_BASE, "classpath:" + RESOURCE_DIRECTORY)));

    /**
     * YAML as editors' tools see it: YAML 1.2 booleans (only true and false; {@code no} stays
     * text), and decimals kept exact, since money must never pass through floating point.
     */
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private ContentSchemas() {
    }

    static Schema schema(ContentKind kind) {
        return REGISTRY.getSchema(SchemaLocation.of(ID_BASE + kind.schemaFileName()));
    }

    /** The 2020-12 meta-schema, from the validator's own copy. */
    static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));
    }

    static List<Error> validate(ContentKind kind, String yamlText) {
        return schema(kind).validate(yamlAsJson(yamlText));
    }

    /** Whether a self-contained piece of a schema (no $ref) accepts {@code instance}. */
    static boolean accepts(JsonNode schemaPiece, JsonNode instance) {
        return REGISTRY.getSchema(schemaPiece).validate(instance).isEmpty();
    }

    static JsonNode yamlAsJson(String yamlText) {
        try {
            JsonNode tree = YAML.readTree(yamlText);
            return tree == null || tree.isMissingNode() ? YAML.nullNode() : tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a JSON tree written back as YAML, for tests that change a file's tree. */
    static String jsonAsYaml(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema file as a JSON tree, from the resources. */
    static JsonNode schemaJson(String fileName) {
        try (InputStream in = ContentSchemas.class.getClassLoader()
                .getResourceAsStream(RESOURCE_DIRECTORY + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + fileName);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schemas' folder in the source tree: what the content files' modelines point at. */
    static Path sourceDirectory() {
        return FixtureSite.repositoryRoot().resolve("generator/src/main/resources").resolve(RESOURCE_DIRECTORY);
    }

    /** Errors one per line, for assertion messages. */
    static String describe(List<Error> errors) {
        return String.join("\n", errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList());
    }
}
