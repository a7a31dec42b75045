package org.opendisclosure.content;

import java.util.ArrayList;
import java.util.List;
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

    private static final List<String> COMMON_KEYS = List.of("id", "year", "form", "name", "department", "unit",
            "nature", "period", "funding", "goals", "indicators", "remarks", "source", "editor_notes", "acknowledged");
    private static final List<String> KEYS_2019 = List.of("purpose", "contact", "subprojects", "overview", "basis",
            "necessity", "safeguards", "plan");
    private static final List<String> KEYS_2024 = List.of("category");
    private static final List<String> FUNDING_2019 = List.of("project_total", "annual_total", "prior_year_budget",
            "prior_year_execution");
    private static final List<String> FUNDING_2024 = List.of("project_total", "project_fiscal", "project_other",
            "annual_total", "appropriation", "carried_over", "other");

    private ProjectReader() {
    }

    static Optional<Project> read(String file, YamlNode root, ProblemCollector problems) {
        Optional<MappingReader> top = MappingReader.of(root, "", FieldLabels.PROJECT_UNKNOWN_FORM, problems);
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
        MappingReader r = new MappingReader((YamlNode.Mapping) root, "", labels, problems);
        r.markRead("form");
        return Optional.of(readProject(file, root, form.get(), r));
    }

    private static Project readProject(String file, YamlNode root, ProjectForm form, MappingReader r) {
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
        SourceDocument source = r.mapping("source", false).map(ProjectReader::source).orElse(null);
        List<String> editorNotes = r.texts("editor_notes");
        List<Acknowledgement> acknowledgements = acknowledgements(r);

        List<String> otherFormKeys = is2019 ? KEYS_2024 : KEYS_2019;
        for (String key : otherFormKeys) {
            if (r.keys().contains(key)) {
                r.markRead(key);
                r.problems().error(ProblemCodes.NOT_IN_FORM, r.entryPosition(key), key,
                        (is2019 ? FieldLabels.PROJECT_2024 : FieldLabels.PROJECT_2019).of(key),
                        "这个字段只属于 " + (is2019 ? "2024" : "2019") + " 年表式，本项目是 form: \"" + form.code()
                                + "\"（" + form.title() + "）");
            }
        }
        List<String> known = new ArrayList<>(COMMON_KEYS);
        known.addAll(is2019 ? KEYS_2019 : KEYS_2024);
        r.rejectUnknown(known);

        SourceMap sourceMap = SourceMaps.of(file, root);
        return new Project(id, year, form, name, department, unit, nature, category, purpose, period, contact, funding,
                subprojects, prose, goals, indicators, remarks, source, editorNotes, acknowledgements, sourceMap);
    }

    private static Period period(MappingReader r) {
        Period period = new Period(r.date("start", true).orElse(null), r.date("end", true).orElse(null));
        r.rejectUnknown(List.of("start", "end"));
        return period;
    }

    private static Contact contact(MappingReader r) {
        Contact contact = new Contact(r.text("manager", false).orElse(null), r.text("person", false).orElse(null),
                r.text("phone", false).orElse(null));
        r.rejectUnknown(List.of("manager", "person", "phone"));
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
        List<String> theirs = is2019 ? FUNDING_2024 : FUNDING_2019;
        for (String key : theirs) {
            if (!mine.contains(key) && r.keys().contains(key)) {
                r.markRead(key);
                String path = r.pathOf(key);
                r.problems().error(ProblemCodes.NOT_IN_FORM, r.entryPosition(key), path,
                        (is2019 ? FieldLabels.PROJECT_2024 : FieldLabels.PROJECT_2019).of(path),
                        "这个字段只属于 " + (is2019 ? "2024" : "2019") + " 年表式，本项目是 form: \"" + form.code() + "\"");
            }
        }
        r.rejectUnknown(mine);
        return funding;
    }

    private static List<SubProject> subprojects(MappingReader r) {
        List<SubProject> result = new ArrayList<>();
        List<YamlNode> items = r.sequence("subprojects", false);
        for (int i = 0; i < items.size(); i++) {
            String path = KeyPaths.item(r.pathOf("subprojects"), i);
            MappingReader.of(items.get(i), path, r.labels(), r.problems()).ifPresent(item -> {
                result.add(new SubProject(item.text("name", true).orElse(null),
                        item.money("amount", true).orElse(null), item.path()));
                item.rejectUnknown(List.of("name", "amount"));
            });
        }
        return result;
    }

    private static Goals goals(MappingReader r) {
        Goals goals = new Goals(r.text("overall", false).orElse(null), r.text("annual", false).orElse(null));
        r.rejectUnknown(List.of("overall", "annual"));
        return goals;
    }

    private static SourceDocument source(MappingReader r) {
        SourceDocument source = new SourceDocument(r.text("title", true).orElse(null), r.url("url", false).orElse(null));
        r.rejectUnknown(List.of("title", "url"));
        return source;
    }

    private static List<IndicatorGroup> indicators(MappingReader r) {
        List<IndicatorGroup> groups = new ArrayList<>();
        List<YamlNode> items = r.sequence("indicators", false);
        for (int i = 0; i < items.size(); i++) {
            String path = KeyPaths.item(r.pathOf("indicators"), i);
            MappingReader.of(items.get(i), path, r.labels(), r.problems()).ifPresent(g -> groups.add(group(g)));
        }
        return groups;
    }

    private static IndicatorGroup group(MappingReader g) {
        String level1 = g.text("level1", true).orElse(null);
        boolean hasGroups = g.keys().contains("groups");
        boolean hasItems = g.keys().contains("items");
        List<IndicatorSubgroup> subgroups = new ArrayList<>();
        if (hasGroups && hasItems) {
            g.problems().error(ProblemCodes.INDICATOR_LEVELS, g.entryPosition("items"), g.pathOf("items"), "",
                    "一个一级指标下只能写 groups（有二级指标）或 items（两级表），不能两者都写");
        }
        if (hasGroups || !hasItems) {
            List<YamlNode> nodes = g.sequence("groups", true);
            for (int i = 0; i < nodes.size(); i++) {
                String path = KeyPaths.item(g.pathOf("groups"), i);
                MappingReader.of(nodes.get(i), path, g.labels(), g.problems()).ifPresent(s -> {
                    String level2 = s.text("level2", false).orElse(null);
                    subgroups.add(new IndicatorSubgroup(level2, items(s, false), s.path()));
                    s.rejectUnknown(List.of("level2", "items"));
                });
            }
        }
        if (hasItems && !hasGroups) {
            subgroups.add(new IndicatorSubgroup(null, items(g, true), g.pathOf("items")));
        }
        g.rejectUnknown(List.of("level1", "groups", "items"));
        return new IndicatorGroup(level1, hasGroups || !hasItems, subgroups, g.path());
    }

    private static List<Indicator> items(MappingReader parent, boolean required) {
        List<Indicator> result = new ArrayList<>();
        List<YamlNode> nodes = parent.sequence("items", required);
        for (int i = 0; i < nodes.size(); i++) {
            String path = KeyPaths.item(parent.pathOf("items"), i);
            MappingReader.of(nodes.get(i), path, parent.labels(), parent.problems()).ifPresent(item -> {
                String name = item.text("name", false).orElse(null);
                IndicatorTarget target = targetOf(item);
                result.add(new Indicator(name, target, item.path()));
                item.rejectUnknown(List.of("name", "target"));
            });
        }
        return result;
    }

    /** A blank target is how a form prints an empty cell: allowed, shown empty; a missing key is not. */
    private static IndicatorTarget targetOf(MappingReader item) {
        if (!item.keys().contains("target")) {
            item.missing("target");
            item.markRead("target");
            return IndicatorTarget.qualitative("");
        }
        return item.text("target", false).map(TargetParser::parse).orElse(IndicatorTarget.qualitative(""));
    }

    private static List<Acknowledgement> acknowledgements(MappingReader r) {
        List<Acknowledgement> result = new ArrayList<>();
        List<YamlNode> items = r.sequence("acknowledged", false);
        for (int i = 0; i < items.size(); i++) {
            String path = KeyPaths.item(r.pathOf("acknowledged"), i);
            MappingReader.of(items.get(i), path, r.labels(), r.problems()).ifPresent(a -> {
                String check = a.text("check", true).orElse("");
                if (!check.isEmpty() && !ProblemCodes.isAcknowledgeable(check)) {
                    a.problems().error(ProblemCodes.ALLOWED_VALUE, a.entryPosition("check"), a.pathOf("check"),
                            a.labels().of(a.pathOf("check")),
                            "只能说明内容核对类的检查：" + String.join("、", ProblemCodes.ACKNOWLEDGEABLE) + "；实际是“" + check + "”"
                                    + DidYouMean.hint(check, ProblemCodes.ACKNOWLEDGEABLE));
                }
                result.add(new Acknowledgement(check, a.text("at", false).orElse(""),
                        a.text("reason", true).orElse(""), a.path()));
                a.rejectUnknown(List.of("check", "at", "reason"));
            });
        }
        return result;
    }

}
