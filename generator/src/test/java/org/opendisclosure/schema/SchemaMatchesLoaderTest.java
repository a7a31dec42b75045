package org.opendisclosure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.content.FieldLabels;
import org.opendisclosure.content.LoaderKeys;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.problem.ProblemCodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The schemas say what the loader says: at every mapping the same keys, for every field the
 * Chinese label of the loader's messages as title, and the same allowed values.
 */
class SchemaMatchesLoaderTest {

    /** One shape of content file: a kind, and for projects a form. */
    record Shape(String name, ContentKind kind, JsonNode topValues, Map<String, List<String>> loaderKeys,
            FieldLabels labels) {

        Map<String, SchemaPlaces.Place> places() {
            return SchemaPlaces.of(kind, topValues);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Shape> shapes() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        return List.of(
                new Shape("site", ContentKind.SITE, json.objectNode(), LoaderKeys.site(), FieldLabels.SITE),
                new Shape("department", ContentKind.DEPARTMENT, json.objectNode(), LoaderKeys.department(),
                        FieldLabels.DEPARTMENT),
                new Shape("project 2019", ContentKind.PROJECT, json.objectNode().put("form", "2019"),
                        LoaderKeys.project(ProjectForm.FORM_2019), FieldLabels.PROJECT_2019),
                new Shape("project 2024", ContentKind.PROJECT, json.objectNode().put("form", "2024"),
                        LoaderKeys.project(ProjectForm.FORM_2024), FieldLabels.PROJECT_2024),
                new Shape("budget", ContentKind.BUDGET, json.objectNode(), LoaderKeys.budget(), FieldLabels.BUDGET),
                new Shape("catalogue", ContentKind.CATALOGUE, json.objectNode(), LoaderKeys.catalogue(),
                        FieldLabels.CATALOGUE),
                new Shape("rules", ContentKind.RULES, json.objectNode(), LoaderKeys.rules(), FieldLabels.RULES));
    }

    @TestFactory
    Stream<DynamicTest> everyMappingHasTheKeysTheLoaderAccepts() {
        return shapes().stream().map(shape -> DynamicTest.dynamicTest(shape.name(), () -> {
            Map<String, TreeSet<String>> loader = new TreeMap<>();
            shape.loaderKeys().forEach((path, keys) -> loader.put(path, new TreeSet<>(keys)));
            Map<String, TreeSet<String>> schema = new TreeMap<>();
            shape.places().values().stream().filter(SchemaPlaces.Place::hasNamedKeys)
                    .forEach(place -> schema.put(place.path(), new TreeSet<>(place.propertyNames())));
            List<String> differences = new ArrayList<>();
            for (String path : new TreeSet<>(union(loader.keySet(), schema.keySet()))) {
                TreeSet<String> onlyLoader = new TreeSet<>(loader.getOrDefault(path, new TreeSet<>()));
                onlyLoader.removeAll(schema.getOrDefault(path, new TreeSet<>()));
                TreeSet<String> onlySchema = new TreeSet<>(schema.getOrDefault(path, new TreeSet<>()));
                onlySchema.removeAll(loader.getOrDefault(path, new TreeSet<>()));
                if (!onlyLoader.isEmpty() || !onlySchema.isEmpty()) {
                    differences.add("“" + path + "”: only the loader accepts " + onlyLoader + ", only the schema "
                            + onlySchema);
                }
            }
            assertEquals(List.of(), differences);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTitleIsTheLabelTheLoaderPrints() {
        return shapes().stream().map(shape -> DynamicTest.dynamicTest(shape.name(), () -> {
            List<String> mismatches = new ArrayList<>();
            int compared = 0;
            for (SchemaPlaces.Place place : shape.places().values()) {
                String label = place.path().isEmpty() ? "" : shape.labels().of(place.path());
                if (label.isEmpty()) {
                    continue;
                }
                compared++;
                if (!place.titles().equals(Set.of(label))) {
                    mismatches.add(place.path() + ": loader “" + label + "”, schema " + place.titles());
                }
            }
            assertEquals(List.of(), mismatches);
            assertTrue(compared > 0, "no labelled field found");
        }));
    }

    @Test
    void allowedValuesAreTheLoaders() {
        for (ProjectForm form : ProjectForm.values()) {
            Map<String, SchemaPlaces.Place> places = SchemaPlaces.of(ContentKind.PROJECT,
                    JsonNodeFactory.instance.objectNode().put("form", form.code()));
            assertEquals(form.natures(), texts(places.get("nature")), form.code() + " nature");
            assertEquals(form.categories(), textsOrNone(places.get("category")), form.code() + " category");
            assertEquals(form.purposes(), textsOrNone(places.get("purpose")), form.code() + " purpose");
            assertEquals(List.copyOf(new TreeSet<>(ProjectForm.codes())), texts(places.get("form")).stream()
                    .distinct().toList(), "form (written as text or as a number)");
            assertEquals(ProblemCodes.ACKNOWLEDGEABLE, texts(places.get("acknowledged[].check")));
        }
        assertEquals(ProblemCodes.ACKNOWLEDGEABLE,
                texts(SchemaPlaces.of(ContentKind.BUDGET, JsonNodeFactory.instance.objectNode())
                        .get("acknowledged[].check")));
        assertEquals(LoaderKeys.unitKinds(),
                texts(SchemaPlaces.of(ContentKind.DEPARTMENT, JsonNodeFactory.instance.objectNode())
                        .get("units[].kind")));
    }

    @Test
    void eachLevelNameIsAllowedWhereTheFormAllowsIt() {
        for (ProjectForm form : ProjectForm.values()) {
            JsonNode project = ContentSchemas.yamlAsJson(
                    form == ProjectForm.FORM_2019 ? FixtureSite.PROJECT_2019 : FixtureSite.PROJECT_2024);
            Map<String, List<String>> levels = form.levelNames();
            Set<String> level1Names = new java.util.LinkedHashSet<>(levels.keySet());
            level1Names.add("不是一级指标");
            Set<String> level2Names = new java.util.LinkedHashSet<>();
            levels.values().forEach(level2Names::addAll);
            List<String> mismatches = new ArrayList<>();
            for (String level1 : level1Names) {
                for (String level2 : level2Names) {
                    boolean formAllows = levels.getOrDefault(level1, List.of()).contains(level2);
                    boolean schemaAccepts = ContentSchemas.schema(ContentKind.PROJECT)
                            .validate(withIndicator(project, level1, level2)).isEmpty();
                    if (formAllows != schemaAccepts) {
                        mismatches.add(form.code() + " " + level1 + " → " + level2 + ": the form "
                                + (formAllows ? "allows" : "refuses") + " it, the schema does not");
                    }
                }
            }
            assertEquals(List.of(), mismatches);
        }
    }

    /** The project with one three-level indicator under the given level names. */
    private static JsonNode withIndicator(JsonNode project, String level1, String level2) {
        ObjectNode copy = project.deepCopy();
        ObjectNode group = copy.putArray("indicators").addObject().put("level1", level1);
        group.putArray("groups").addObject().put("level2", level2).putArray("items").addObject()
                .put("name", "指标").put("target", "及时");
        return copy;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> textsOrNone(SchemaPlaces.Place place) {
        return place == null ? List.of() : texts(place);
    }

    private static List<String> texts(SchemaPlaces.Place place) {
        return place.enumValues().stream().map(JsonNode::asText).toList();
    }
}
