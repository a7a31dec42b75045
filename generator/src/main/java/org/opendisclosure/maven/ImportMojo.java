package org.opendisclosure.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendisclosure.ContentImporter;
import org.opendisclosure.ContentImporter.ImportRequest;
import org.opendisclosure.ContentImporter.ImportResult;

/**
 * Imports a department budget workbook ({@code .xlsx}, one published table per sheet) into
 * {@code content/budgets/<year>/<department>.yaml}, prints what changed and every problem, and
 * runs the normal checks on the result. Re-importing keeps what editors wrote by hand; with
 * {@code -Ddisclosure.import.dryRun} nothing is written.
 *
 * <pre>
 * mvn disclosure:import -Ddisclosure.import.workbook=2019-shrss.xlsx
 * </pre>
 *
 * <p>Thread-safe: the engine keeps no state between or across runs.
 */
@Mojo(name = "import", threadSafe = true, requiresProject = false)
public class ImportMojo extends ContentMojo {

    /** The workbook to import. */
    @Parameter(property = "disclosure.import.workbook", required = true)
    File workbook;

    /** The department's id; by default found from the tables' 编制部门 line. */
    @Parameter(property = "disclosure.import.department")
    String department;

    /** The budget year; by default taken from the tables' titles (2019年部门收入预算总表). */
    @Parameter(property = "disclosure.import.year", defaultValue = "0")
    int year;

    /**
     * The project's id: the workbook is then a performance-target form (2019 or 2024 form) imported as
     * {@code projects/<year>/<id>.yaml}; without it, a department budget workbook.
     */
    @Parameter(property = "disclosure.import.project")
    String project;

    /** Show what would change without writing anything. */
    @Parameter(property = "disclosure.import.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skipped("import")) {
            return;
        }
        ImportRequest request = new ImportRequest(contentDirectory.toPath(), workbook.toPath(), messageBase(),
                department, year, dryRun);
        ImportResult result = project == null || project.isBlank() ? new ContentImporter().importBudget(request)
                : new ContentImporter().importProject(request, project);
        print(result.problems(), log);
        if (result.file() != null) {
            String file = messageBase().relativize(result.file().toAbsolutePath()).toString();
            log.info((dryRun ? "试运行，未写入：" : result.created() ? "已新建 " : "已更新 ") + file);
            if (result.changes().isEmpty()) {
                log.info("导入的数据与文件中的相同，没有变化。");
            }
            result.changes().forEach(log::info);
        }
        failOn(result.problems(), "导入有 " + errors(result.problems()) + " 个错误。Import has "
                + errors(result.problems()) + " error(s).");
    }
}
