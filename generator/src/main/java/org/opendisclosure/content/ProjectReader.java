package org.opendisclosure.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opendisclosure.model.Acknowledgement;
import org.opendisclosure.model.Contact;
import org.opendisclosure.model.Funding;
import org.opendisclosure.model.Goals;
import org.opendisclosure.model.Indicator;
import org.opendisclosure.model.IndicatorGroup;
import org.opendisclosure.model.IndicatorSubgroup;
import org.opendisclosure.model.IndicatorTarget;
import org.opendisclosure.model.Period;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.model.ProjectProse;
import org.opendisclosure.model.SourceDocument;
import org.opendisclosure.model.SourceMap;
import org.opendisclosure.model.SubProject;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Reads one project file (项目) into a {@link Project}. Which keys are allowed and required
 * depends on the file's {@code form}; a key of the other form is reported as such.
 */
final class ProjectReader {

    static final List<String> COMMON_KEYS = List.of("id", "year", "form", "name", "department", "unit",
            "nature", "period", "funding", "goals", "indicators", "remarks", "functional_code", "cells", "source", "editor_notes",
            "acknowledged");
    static final List<String> KEYS_2019 = List.of("purpose", "contact", "subprojects", "overview", "basis",
            "necessity", "safeguards", "plan");
    static final List<String> KEYS_2024 = List.of("category");
    static final List<String> FUNDING_2019 = List.of("project_total", "annual_total", "prior_year_budget",
            "prior_year_execution");
    static final List<String> FUNDING_2024 = List.of("project_total", "project_fiscal", "project_other",
            "annual_total", "appropriation", "carried_over", "other");
    static final List<String> PERIOD_KEYS = List.of("start", "end");
    static final List<String> CONTACT_KEYS = List.of("manager", "person", "phone");
    static final List<String> SUBPROJECT_KEYS = List.of("name", "amount");
    static final List<String> GOALS_KEYS = List.of("overall", "annual");
    static final List<String> SOURCE_KEYS = List.of("title", "url");
    /** The keys of one 一级指标: its name and either groups (三级表) or items (两级表). */
    static final List<String> INDICATOR_GROUP_KEYS = List.of("level1", "groups", "items");
    static final List<String> INDICATOR_SUBGROUP_KEYS = List.of("level2", "items");
    static final List<String> INDICATOR_KEYS = List.of("name", "target");
    static final List<String> ACKNOWLEDGEMENT_KEYS = List.of("check", "at", "reason");

    private ProjectReader() {
    }

    static Optional<Project> read(String file, YamlNode root, StringPool strings,
            ProblemCollector problems) {
        Optional<MappingReader> top = MappingReader.of(root, "", FieldLabels.PROJECT_UNKNOWN_FORM, strings, problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProjectForm> form = top.get()
                .oneOf("form", true, List.copyOf(new java.util.TreeSet<>(ProjectForm.codes())), ProblemCodes.ALLOWED_VALUE)
                .flatMap(ProjectForm::byCode);
        if (form.isEmpty()) {
            // Without a known form the keys cannot be judged; report what the form problem is and stop here.
            return Optional.empty();
        }
        FieldLabels labels = form.get() == ProjectForm.FORM_2019 ? FieldLabels.PROJECT_2019 : FieldLabels.PROJECT_2024;
        MappingReader r = new MappingReader((YamlNode.Mapping) root, "", labels, strings, problems);
        r.markRead("form");
        return Optional.of(readProject(file, form.get(), r, SourceMaps.of(file, root, strings)));
    }

    private static Project readProject(String file, ProjectForm form, MappingReader r,
            SourceMap sourceMap) {
        boolean is2019 = form == ProjectForm.FORM_2019;
        String id = r.id("id", true).orElse(null);
        int year = r.year("year", true).orElse(0);
        String name = r.text("name", true).orElse(null);
        String department = r.id("department", true).orElse(null);
        String unit = r.id("unit", true).orElse(null);
        String nature = r.oneOf("nature", true, form.natures(), ProblemCodes.ALLOWED_VALUE).orElse(null);
        String category = is2019 ? null
                : r.oneOf("category", true, form.categories(), ProblemCodes.ALLOWED_VALUE).orElse(null);
        String purpose = is2019 ? r.oneOf("purpose", true, form.purposes(), ProblemCodes.ALLOWED_VALUE).orElse(null)
                : null;
        Period period = r.mapping("period", true).map(ProjectReader::period).orElse(new Period(null, null));
        Contact contact = is2019 ? r.mapping("contact", false).map(ProjectReader::contact).orElse(null) : null;
        Funding funding = r.mapping("funding", true).map(f -> funding(f, form)).orElse(Funding.NONE);
        List<SubProject> subprojects = is2019 ? subprojects(r) : List.of();
        ProjectProse prose = is2019
                ? new ProjectProse(r.text("overview", false).orElse(null), r.text("basis", false).orElse(null),
                        r.text("necessity", false).orElse(null), r.text("safeguards", false).orElse(null),
                        r.text("plan", false).orElse(null))
                : new ProjectProse(null, null, null, null, null);
        Goals goals = r.mapping("goals", false).map(ProjectReader::goals).orElse(new Goals(null, null));
        List<IndicatorGroup> indicators = indicators(r);
        String remarks = r.text("remarks", false).orElse(null);
        String functionalCode = r.text("functional_code", false).map(String::strip).filter(code -> {
            if (code.matches("\\d{7}")) {
                return true;
            }
            r.problems().error(ProblemCodes.TYPE, r.valuePosition("functional_code"), "functional_code",
                    r.labels().of("functional_code"),
                    "应为 7 位数字的项级功能分类科目编码，如 2080101；实际是“" + Abbreviation.of(code) + "”");
            return false;
        }).orElse(null);
        SourceDocument source = r.mapping("source", false).map(ProjectReader::source).orElse(null);
        List<String> editorNotes = r.texts("editor_notes");
        List<Acknowledgement> acknowledgements = acknowledgements(r);
        Map<String, String> cells = BudgetReader.figureCells(r);

        reportOtherFormKeys(r, is2019 ? KEYS_2024 : KEYS_2019, form);
        List<String> known = new ArrayList<>(COMMON_KEYS);
        known.addAll(is2019 ? KEYS_2019 : KEYS_2024);
        r.rejectUnknown(known);

        return new Project(id, year, form, name, department, unit, nature, category, purpose, period, contact, funding,
                subprojects, prose, goals, indicators, remarks, functionalCode, source, editorNotes, acknowledgements,
                cells, sourceMap);
    }

    private static Period period(MappingReader r) {
        Period period = new Period(r.date("start", true).orElse(null), r.date("end", true).orElse(null));
        r.rejectUnknown(PERIOD_KEYS);
        return period;
    }

    private static Contact contact(MappingReader r) {
        Contact contact = new Contact(r.text("manager", false).orElse(null), r.text("person", false).orElse(null),
                r.text("phone", false).orElse(null));
        r.rejectUnknown(CONTACT_KEYS);
        return contact;
    }

    private static Funding funding(MappingReader r, ProjectForm form) {
        boolean is2019 = form == ProjectForm.FORM_2019;
        Funding funding = new Funding(
                r.money("project_total", is2019).orElse(null),
                is2019 ? null : r.money("project_fiscal", false).orElse(null),
                is2019 ? null : r.money("project_other", false).orElse(null),
                r.money("annual_total", true).orElse(null),
                is2019 ? null : r.money("appropriation", true).orElse(null),
                is2019 ? null : r.money("carried_over", true).orElse(null),
                is2019 ? null : r.money("other", true).orElse(null),
                is2019 ? r.money("prior_year_budget", false).orElse(null) : null,
                is2019 ? r.money("prior_year_execution", false).orElse(null) : null);
        List<String> mine = is2019 ? FUNDING_2019 : FUNDING_2024;
        reportOtherFormKeys(r, (is2019 ? FUNDING_2024 : FUNDING_2019).stream().filter(k -> !mine.contains(k)).toList(),
                form);
        r.rejectUnknown(mine);
        return funding;
    }

    /** Reports keys that exist only on the other form; they are then not "unknown". */
    private static void reportOtherFormKeys(MappingReader r, List<String> otherFormKeys, ProjectForm form) {
        boolean is2019 = form == ProjectForm.FORM_2019;
        for (String key : otherFormKeys) {
            if (r.keys().contains(key)) {
                r.markRead(key);
                String path = r.pathOf(key);
                r.problems().error(ProblemCodes.NOT_IN_FORM, r.entryPosition(key), path,
                        (is2019 ? FieldLabels.PROJECT_2024 : FieldLabels.PROJECT_2019).of(path),
                        "这个字段只属于 " + (is2019 ? "2024" : "2019") + " 年表式，本项目是 form: \"" + form.code()
                                + "\"（" + form.title() + "）");
            }
        }
    }

    private static List<SubProject> subprojects(MappingReader r) {
        return r.eachMapping("subprojects", false, item -> {
            SubProject sub = new SubProject(item.text("name", true).orElse(null),
                    item.money("amount", true).orElse(null), item.path());
            item.rejectUnknown(SUBPROJECT_KEYS);
            return sub;
        });
    }

    private static Goals goals(MappingReader r) {
        Goals goals = new Goals(r.text("overall", false).orElse(null), r.text("annual", false).orElse(null));
        r.rejectUnknown(GOALS_KEYS);
        return goals;
    }

    static SourceDocument source(MappingReader r) {
        SourceDocument source = new SourceDocument(r.text("title", true).orElse(null), r.url("url", false).orElse(null));
        r.rejectUnknown(SOURCE_KEYS);
        return source;
    }

    static List<IndicatorGroup> indicators(MappingReader r) {
        return r.eachMapping("indicators", false, ProjectReader::group);
    }

    private static IndicatorGroup group(MappingReader g) {
        String level1 = g.text("level1", true).orElse(null);
        boolean hasGroups = g.keys().contains("groups");
        boolean hasItems = g.keys().contains("items");
        List<IndicatorSubgroup> subgroups = new ArrayList<>();
        if (hasGroups && hasItems) {
            g.problems().error(ProblemCodes.INDICATOR_LEVELS, g.entryPosition("items"), g.pathOf("items"), "",
                    "一个一级指标下只能写 groups（有二级指标）或 items（两级表），不能两者都写");
            g.markRead("items"); // reported just now; not also an unknown key
        }
        if (hasGroups || !hasItems) {
            subgroups.addAll(g.eachMapping("groups", true, s -> {
                IndicatorSubgroup subgroup = new IndicatorSubgroup(s.text("level2", false).orElse(null),
                        items(s, false), s.path());
                s.rejectUnknown(INDICATOR_SUBGROUP_KEYS);
                return subgroup;
            }));
        }
        if (hasItems && !hasGroups) {
            subgroups.add(new IndicatorSubgroup(null, items(g, true), g.pathOf("items")));
        }
        g.rejectUnknown(INDICATOR_GROUP_KEYS);
        return new IndicatorGroup(level1, hasGroups || !hasItems, subgroups, g.path());
    }

    private static List<Indicator> items(MappingReader parent, boolean required) {
        return parent.eachMapping("items", required, item -> {
            Indicator indicator = new Indicator(item.text("name", false).orElse(null), targetOf(item), item.path());
            item.rejectUnknown(INDICATOR_KEYS);
            return indicator;
        });
    }

    /** A blank target is how a form prints an empty cell: allowed, shown empty; a missing key is not. */
    private static IndicatorTarget targetOf(MappingReader item) {
        if (!item.keys().contains("target")) {
            item.missing("target");
            item.markRead("target");
            return IndicatorTarget.qualitative("");
        }
        return item.text("target", false).map(item.strings()::pooledTarget)
                .orElse(IndicatorTarget.qualitative(""));
    }

    static List<Acknowledgement> acknowledgements(MappingReader r) {
        return r.eachMapping("acknowledged", false, a -> {
            String check = a.oneOf("check", true, ProblemCodes.ACKNOWLEDGEABLE, ProblemCodes.ALLOWED_VALUE).orElse("");
            Acknowledgement acknowledgement = new Acknowledgement(check, a.text("at", false).orElse(""),
                    a.text("reason", true).orElse(""), a.path());
            a.rejectUnknown(ACKNOWLEDGEMENT_KEYS);
            return acknowledgement;
        });
    }
}
