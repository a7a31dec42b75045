package org.opendisclosure.content;

import java.util.List;
import java.util.Optional;

import org.opendisclosure.model.BudgetUnit;
import org.opendisclosure.model.Department;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/** Reads one department file (主管部门 with its 预算单位). */
final class DepartmentReader {

    /** Allowed 单位性质. */
    static final List<String> UNIT_KINDS = List.of("行政", "事业", "参公");
    static final List<String> KEYS = List.of("id", "name", "units");
    /** The keys of one {@code units[]} item. */
    static final List<String> UNIT_KEYS = List.of("id", "name", "kind");

    private DepartmentReader() {
    }

    static Optional<Department> read(String file, YamlNode root, StringPool strings,
            ProblemCollector problems) {
        Optional<MappingReader> top = MappingReader.of(root, "", FieldLabels.DEPARTMENT, strings, problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        MappingReader r = top.get();
        String id = r.id("id", true).orElse(null);
        String name = r.text("name", true).orElse(null);
        List<BudgetUnit> units = r.eachMapping("units", true, u -> {
            BudgetUnit unit = new BudgetUnit(u.id("id", true).orElse(null), u.text("name", true).orElse(null),
                    u.oneOf("kind", false, UNIT_KINDS, ProblemCodes.ALLOWED_VALUE).orElse(null), id, u.path());
            u.rejectUnknown(UNIT_KEYS);
            return unit;
        });
        r.rejectUnknown(KEYS);
        return Optional.of(new Department(id, name, units, SourceMaps.of(file, root, strings)));
    }
}
