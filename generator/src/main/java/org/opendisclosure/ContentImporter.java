package org.opendisclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.importer.BudgetFileText;
import org.opendisclosure.importer.BudgetWorkbookReader;
import org.opendisclosure.importer.ImportedBudget;
import org.opendisclosure.importer.ImportedProject;
import org.opendisclosure.importer.ImportedProject2019;
import org.opendisclosure.importer.ProjectFileText;
import org.opendisclosure.importer.ProjectForm2019Reader;
import org.opendisclosure.importer.ProjectFormReader;
import org.opendisclosure.importer.WorkbookOpener;
import org.opendisclosure.model.Department;
import org.opendisclosure.model.ProjectForm;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.Severity;
import org.opendisclosure.problem.SourcePosition;

/**
 * The engine's import: a department budget workbook ({@code .xlsx}) into
 * {@code content/budgets/<year>/<department>.yaml}, or a project's performance-target form (2019 or
 * 2024 form) into {@code content/projects/<year>/<id>.yaml}, then the normal checks on the result. Beside
 * {@link SiteGenerator}, with no state of its own, so imports may run in parallel.
 *
 * <pre>{@code
 * ImportResult result = new ContentImporter().importBudget(new ImportRequest(
 *         Path.of("content"), Path.of("budget-2019.xlsx"), Path.of("."), null, 0, false));
 * result.problems().forEach(p -> System.out.println(p.format()));
 * result.changes().forEach(System.out::println);
 * }</pre>
 */
public final class ContentImporter {

    /**
     * What to import.
     *
     * @param contentDirectory the content to import into
     * @param workbook         the {@code .xlsx} file
     * @param displayBase      file names in messages are relative to this directory
     * @param department       the department's id, or null to find it by the tables' 编制部门 line
     * @param year             the budget year, or 0 to take it from the tables' titles
     * @param dryRun           report what would change without writing anything
     */
    public record ImportRequest(Path contentDirectory, Path workbook, Path displayBase, String department, int year,
            boolean dryRun) {
    }

    /**
     * What the import did.
     *
     * @param problems what the workbook and, after writing, the checks of the content found
     * @param file     the content file written (or that would be written), or null when nothing could be imported
     * @param created  whether the file is new
     * @param changes  the lines that changed, for the editor to review
     * @param text     the file's new text, or empty
     */
    public record ImportResult(List<Problem> problems, Path file, boolean created, List<String> changes, String text) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** Imports a department budget workbook. */
    public ImportResult importBudget(ImportRequest request) {
        String workbookName = ContentLoader.display(request.displayBase(), request.workbook());
        WorkbookOpener.Opened opened = new WorkbookOpener().open(request.workbook(), workbookName);
        List<Problem> problems = new ArrayList<>(opened.problems());
        if (opened.problems().stream().anyMatch(Problem::isError) && opened.sheets().isEmpty()) {
            return new ImportResult(problems, null, false, List.of(), "");
        }
        ImportedBudget budget = new BudgetWorkbookReader().read(opened.sheets(), problems);
        if (budget == null || problems.stream().anyMatch(Problem::isError)) {
            return new ImportResult(problems, null, false, List.of(), "");
        }
        SourcePosition atWorkbook = new SourcePosition(workbookName, 0, 0);
        int year = request.year() != 0 ? request.year() : budget.year();
        if (year == 0) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_TABLE, atWorkbook, "", "",
                    "表名里没有年度（如“2019年部门收入预算总表”）：请用 -Ddisclosure.import.year=2019 给出预算年度。"));
            return new ImportResult(problems, null, false, List.of(), "");
        }
        org.opendisclosure.model.Content existing = new ContentLoader(ContentLimits.DEFAULT, 1)
                .load(request.contentDirectory(), request.displayBase(), new org.opendisclosure.problem.ProblemCollector());
        List<Department> departments = existing.departments();
        // Names as the content format records them: the catalogue's, and what a table printed differently.
        ImportedBudget named = budget.named(existing.catalogues().stream().filter(c -> c.year() == year)
                .findFirst().map(c -> c.functional()).orElse(java.util.Map.of()));
        Optional<Department> department = departments.stream()
                .filter(d -> request.department() != null ? d.id().equals(request.department())
                        : d.name().equals(named.departmentName()))
                .findFirst();
        if (department.isEmpty()) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.REFERENCE, atWorkbook, "", "",
                    request.department() != null
                            ? "内容里没有部门“" + request.department() + "”（departments/" + request.department() + ".yaml）。"
                            : "编制部门“" + named.departmentName() + "”不是 departments/ 里任何部门的名称：请用 -Ddisclosure.import.department=<部门标识> 指明。"));
            return new ImportResult(problems, null, false, List.of(), "");
        }
        Path file = request.contentDirectory().resolve("budgets").resolve(Integer.toString(year))
                .resolve(department.get().id() + ".yaml");
        return writeContentFile(request, file, problems,
                () -> BudgetFileText.create(department.get().id(), year,
                        year + "年部门预算（" + department.get().name() + "）", named),
                before -> BudgetFileText.merge(before, named),
                "新文件：" + named.functional().size() + " 个功能分类科目行，" + named.economic().size() + " 个经济分类科目行",
                BudgetFileText::changes);
    }

    /**
     * Imports a performance-target form (2024 form, or else 2019 form; the workbook's first sheet holding one) as
     * project {@code projectId} of the form's year.
     */
    public ImportResult importProject(ImportRequest request, String projectId) {
        String workbookName = ContentLoader.display(request.displayBase(), request.workbook());
        WorkbookOpener.Opened opened = new WorkbookOpener().open(request.workbook(), workbookName);
        List<Problem> problems = new ArrayList<>(opened.problems());
        SourcePosition atWorkbook = new SourcePosition(workbookName, 0, 0);
        if (!org.opendisclosure.content.ValueFormats.isId(projectId == null ? "" : projectId)) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_TABLE, atWorkbook, "", "",
                    "请用 -Ddisclosure.import.project=<项目标识> 给出项目标识（小写字母、数字和连字符，如 hotline-12333），实际是“"
                            + projectId + "”。"));
            return new ImportResult(problems, null, false, List.of(), "");
        }
        var form2019 = opened.sheets().stream().filter(ProjectForm2019Reader::isForm2019).findFirst();
        var sheet = opened.sheets().stream().filter(ProjectFormReader::isForm2024).findFirst();
        if (sheet.isEmpty() && form2019.isPresent()) {
            return importProject2019(request, projectId, form2019.get(), problems);
        }
        if (sheet.isEmpty()) {
            if (!problems.stream().anyMatch(Problem::isError)) {
                problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_TABLE, atWorkbook, "", "",
                        "工作簿里没有绩效目标申报表：2024 年式（表头“财政项目支出绩效目标申报表”，有“项目类别”一栏）和 2019 年式（表头“上海市财政支出项目绩效目标申报表”，有“项目类型”“资金用途”两栏）都没有找到。"));
            }
            return new ImportResult(problems, null, false, List.of(), "");
        }
        ImportedProject form = new ProjectFormReader().read(sheet.get(), problems);
        int year = year(request, form.year(), "(2024 年度)", atWorkbook, problems);
        Optional<Department> department = departments(request).stream()
                .filter(d -> request.department() != null ? d.id().equals(request.department())
                        : d.name().equals(form.departmentName()))
                .findFirst();
        Optional<org.opendisclosure.model.BudgetUnit> unit = unitNamed(department, form.unitName());
        if (department.isEmpty() || unit.isEmpty()) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.REFERENCE, atWorkbook, "", "",
                    department.isEmpty() ? "主管部门“" + form.departmentName() + "”不是 departments/ 里任何部门的名称。"
                            : "实施单位“" + form.unitName() + "”不是部门 " + department.get().id() + " 的预算单位。"));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return new ImportResult(problems, null, false, List.of(), "");
        }
        return writeContentFile(request, projectFile(request, year, projectId), problems,
                () -> ProjectFileText.create(projectId, year, department.get().id(), unit.get().id(), form),
                before -> ProjectFileText.merge(before, form),
                "新文件：" + form.indicators().stream()
                        .mapToInt(l -> l.groups().stream().mapToInt(g -> g.items().size()).sum()).sum() + " 个绩效指标",
                ProjectFileText::changes);
    }

    /**
     * A 2019 form: its 申报单位名称 is the name of a budget unit in {@code departments/}, which gives the
     * project's department and unit.
     */
    private static ImportResult importProject2019(ImportRequest request, String projectId,
            org.opendisclosure.importer.SheetGrid sheet, List<Problem> problems) {
        SourcePosition atWorkbook = new SourcePosition(sheet.workbook(), 0, 0);
        ImportedProject2019 form = new ProjectForm2019Reader(ProjectForm.FORM_2019.natures(),
                ProjectForm.FORM_2019.purposes()).read(sheet, problems);
        int year = year(request, form.year(), "(2019年)", atWorkbook, problems);
        // The 2019 form names no department: the one whose units include the form's.
        Optional<Department> department = departments(request).stream()
                .filter(d -> request.department() == null || d.id().equals(request.department()))
                .filter(d -> d.units().stream().anyMatch(u -> u.name().equals(form.unitName()))).findFirst();
        Optional<org.opendisclosure.model.BudgetUnit> unit = unitNamed(department, form.unitName());
        if (unit.isEmpty() && !form.unitName().isEmpty()) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.REFERENCE, atWorkbook, "", "",
                    "申报单位“" + form.unitName() + "”不是 departments/ 里"
                            + (request.department() == null ? "任何部门" : "部门 " + request.department())
                            + "的预算单位：请在部门文件的 units 里加上它，或核对单位名称。"));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return new ImportResult(problems, null, false, List.of(), "");
        }
        return writeContentFile(request, projectFile(request, year, projectId), problems,
                () -> ProjectFileText.create(projectId, year, department.get().id(), unit.get().id(), form),
                before -> ProjectFileText.merge(before, form),
                "新文件：" + form.subprojects().size() + " 个子项目，" + form.indicators().stream()
                        .mapToInt(l -> l.groups().stream().mapToInt(g -> g.items().size()).sum()).sum() + " 个绩效指标",
                ProjectFileText::changes2019);
    }

    /**
     * The project's year: the request's, else the form's; an error when neither gives one.
     *
     * @param example how the form prints its year, for the message
     */
    private static int year(ImportRequest request, int onForm, String example, SourcePosition at,
            List<Problem> problems) {
        int year = request.year() != 0 ? request.year() : onForm;
        if (year == 0) {
            String digits = example.replaceAll("\\D", "");
            problems.add(new Problem(Severity.ERROR, ProblemCodes.WORKBOOK_TABLE, at, "", "",
                    "申报表上没有年度（如“" + example + "”）：请用 -Ddisclosure.import.year=" + digits + " 给出。"));
        }
        return year;
    }

    /** The departments of the content the import goes into. */
    private static List<Department> departments(ImportRequest request) {
        return new ContentLoader(ContentLimits.DEFAULT, 1)
                .load(request.contentDirectory(), request.displayBase(), new org.opendisclosure.problem.ProblemCollector())
                .departments();
    }

    private static Optional<org.opendisclosure.model.BudgetUnit> unitNamed(Optional<Department> department,
            String name) {
        return department.flatMap(d -> d.units().stream().filter(u -> u.name().equals(name)).findFirst());
    }

    private static Path projectFile(ImportRequest request, int year, String projectId) {
        return request.contentDirectory().resolve("projects").resolve(Integer.toString(year))
                .resolve(projectId + ".yaml");
    }

    /**
     * Writes an imported content file — new, or merged into the existing one so that what editors
     * wrote by hand stays — unless the request is a dry run, then runs the checks on the content.
     *
     * @param created    the file's text when there is none yet
     * @param merged     the text merged into the existing file's
     * @param newFile    what a new file holds, for the change report
     * @param changes    the change report between the old text and the new
     */
    private static ImportResult writeContentFile(ImportRequest request, Path file, List<Problem> problems,
            java.util.function.Supplier<String> created, java.util.function.UnaryOperator<String> merged,
            String newFile, java.util.function.BiFunction<String, String, List<String>> changes) {
        try {
            boolean isNew = !Files.exists(file);
            String before = isNew ? "" : Files.readString(file, StandardCharsets.UTF_8);
            String after = isNew ? created.get() : merged.apply(before);
            List<String> report = isNew ? List.of(newFile) : changes.apply(before, after);
            if (!request.dryRun()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, after, StandardCharsets.UTF_8);
                new SiteGenerator().check(request.contentDirectory(), request.displayBase(), ContentLimits.DEFAULT)
                        .problems().forEach(problems::add);
            }
            return new ImportResult(problems, file, isNew, report, after);
        } catch (IOException e) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.OUTPUT,
                    SourcePosition.startOf(ContentLoader.display(request.displayBase(), file)), "", "",
                    "无法写入内容文件：" + e.getMessage()));
            return new ImportResult(problems, file, false, List.of(), "");
        }
    }
}
