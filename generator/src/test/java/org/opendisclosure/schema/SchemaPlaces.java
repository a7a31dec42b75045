package org.opendisclosure.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The places of a content file as a schema describes them, each with every (sub)schema that
 * applies there: what an editor sees when completing a key or hovering over one. Places are
 * named like the loader's key paths, with {@code []} for every list item and {@code .*} for
 * every key of a mapping keyed by data (codes): {@code indicators[].groups[]},
 * {@code published_totals.functional.*}.
 *
 * <p>{@code $ref} and {@code allOf} are followed; an {@code if}/{@code then} at the top of the
 * file is followed when the given top-level values (the project's {@code form}) satisfy the
 * {@code if}. Conditions further down only narrow values (indicator level names) and add no
 * keys, so they are left out; so are {@code anyOf} and {@code oneOf}, which choose between
 * values, not keys.
 */
final class SchemaPlaces {

    /** A schema and the schema file it is in, for resolving its {@code $ref}s. */
    record Located(String file, JsonNode schema) {
    }

    /** One place and the schemas that apply there, in the order they are found. */
    record Place(String path, List<Located> schemas) {

        /** A mapping with named keys, as opposed to a value, a list or a mapping keyed by data. */
        boolean hasNamedKeys() {
            return schemas.stream().anyMatch(s -> s.schema().has("properties"));
        }

        Set<String> propertyNames() {
            Set<String> names = new LinkedHashSet<>();
            schemas.forEach(s -> s.schema().path("properties").fieldNames().forEachRemaining(names::add));
            return names;
        }

        Set<String> required() {
            Set<String> names = new LinkedHashSet<>();
            schemas.forEach(s -> s.schema().path("required").forEach(n -> names.add(n.asText())));
            return names;
        }

        /** The distinct titles given here; an editor's hover shows the first. */
        Set<String> titles() {
            return distinct("title");
        }

        Set<String> descriptions() {
            return distinct("description");
        }

        /** The values of every {@code enum} here, also those inside {@code anyOf} alternatives. */
        List<JsonNode> enumValues() {
            List<JsonNode> values = new ArrayList<>();
            for (Located s : schemas) {
                s.schema().path("enum").forEach(values::add);
                s.schema().path("anyOf").forEach(alternative -> alternative.path("enum").forEach(values::add));
            }
            return values;
        }

        private Set<String> distinct(String keyword) {
            Set<String> values = new LinkedHashSet<>();
            schemas.forEach(s -> {
                if (s.schema().has(keyword)) {
                    values.add(s.schema().get(keyword).asText());
                }
            });
            return values;
        }
    }

    private final JsonNode topValues;
    private final Map<String, JsonNode> files = new HashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();

    private SchemaPlaces(JsonNode topValues) {
        this.topValues = topValues;
    }

    /**
     * Every place of a file of {@code kind} whose top-level keys have {@code topValues} (for a
     * project, {@code {"form": "2019"}}; otherwise an empty object).
     */
    static Map<String, Place> of(ContentKind kind, JsonNode topValues) {
        SchemaPlaces walk = new SchemaPlaces(topValues);
        String file = kind.schemaFileName();
        walk.visit("", walk.expand(new Located(file, walk.file(file)), true));
        return walk.places;
    }

    private void visit(String path, List<Located> schemas) {
        places.put(path, new Place(path, schemas));
        Place place = places.get(path);
        for (String name : place.propertyNames()) {
            visit(path.isEmpty() ? name : path + "." + name, children(schemas, s -> s.path("properties").get(name)));
        }
        List<Located> byData = new ArrayList<>();
        for (Located s : schemas) {
            s.schema().path("patternProperties").forEach(p -> byData.addAll(expand(new Located(s.file(), p), false)));
        }
        if (!byData.isEmpty()) {
            visit(path + ".*", byData);
        }
        List<Located> items = children(schemas, s -> s.get("items"));
        if (!items.isEmpty()) {
            visit(path + "[]", items);
        }
    }

    private List<Located> children(List<Located> schemas, java.util.function.Function<JsonNode, JsonNode> child) {
        List<Located> result = new ArrayList<>();
        for (Located s : schemas) {
            JsonNode node = child.apply(s.schema());
            if (node != null && node.isObject()) {
                result.addAll(expand(new Located(s.file(), node), false));
            }
        }
        return result;
    }

    /** The schema itself and every schema it brings in through $ref, allOf and (at the top) if/then. */
    private List<Located> expand(Located schema, boolean top) {
        List<Located> result = new ArrayList<>(List.of(schema));
        JsonNode node = schema.schema();
        if (node.has("$ref")) {
            result.addAll(expand(resolve(schema.file(), node.get("$ref").asText()), false));
        }
        for (JsonNode member : node.path("allOf")) {
            result.addAll(expand(new Located(schema.file(), member), top));
        }
        if (top && node.has("if") && node.has("then") && ContentSchemas.accepts(node.get("if"), topValues)) {
            result.addAll(expand(new Located(schema.file(), node.get("then")), false));
        }
        return result;
    }

    private Located resolve(String fromFile, String ref) {
        int hash = ref.indexOf('#');
        String file = hash == 0 ? fromFile : ref.substring(0, hash < 0 ? ref.length() : hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        JsonNode target = file(file).at(pointer);
        if (target.isMissingNode()) {
            throw new IllegalStateException("unresolved $ref " + ref + " in " + fromFile);
        }
        return new Located(file, target);
    }

    private JsonNode file(String name) {
        return files.computeIfAbsent(name, ContentSchemas::schemaJson);
    }
}
