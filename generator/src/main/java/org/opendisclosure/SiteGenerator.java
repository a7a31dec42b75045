package org.opendisclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.address.SiteAddresses;
import org.opendisclosure.check.CheckReport;
import org.opendisclosure.check.ContentChecker;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.derive.BudgetRollups;
import org.opendisclosure.derive.SiteModel;
import org.opendisclosure.export.DataFile;
import org.opendisclosure.export.OpenData;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;
import org.opendisclosure.problem.Severity;
import org.opendisclosure.problem.SourcePosition;
import org.opendisclosure.render.CrawlerFiles;
import org.opendisclosure.render.OutputPathCollisions;
import org.opendisclosure.render.PlannedPage;
import org.opendisclosure.render.SitePlan;
import org.opendisclosure.render.TemplateFailure;
import org.opendisclosure.render.TemplateRenderer;
import org.opendisclosure.search.SearchDocuments;
import org.opendisclosure.search.SearchIndexWriter;
import org.opendisclosure.write.StagedSite;

/**
 * The engine: load → check → derive → render (the pages, then the search index) → write, once
 * each, in that order. Knows nothing of Maven. Holds no state between runs, so runs may go in
 * parallel and inside a long-lived preview server.
 *
 * <pre>{@code
 * GenerationResult result = new SiteGenerator().generate(
 *         GenerationRequest.of(Path.of("content"), Path.of("templates"), Path.of("target/site")));
 * result.problems().forEach(p -> System.out.println(p.format()));
 * }</pre>
 */
public final class SiteGenerator {

    /** Loads and checks the content of a request without rendering anything. */
    public CheckedContent check(GenerationRequest request) {
        return check(request.contentDirectory(), request.displayBase(), request.limits());
    }

    /**
     * Loads and checks a content directory without rendering anything: what {@code validate} runs.
     *
     * @param displayBase file names in messages are shown relative to this directory
     */
    public CheckedContent check(Path contentDirectory, Path displayBase, ContentLimits limits) {
        ProblemCollector problems = new ProblemCollector();
        Content content = new ContentLoader(limits).load(contentDirectory, displayBase, problems);
        BudgetRollups rollups = BudgetRollups.of(content.budgets());
        CheckReport report = new ContentChecker().check(content, rollups, problems);
        return new CheckedContent(content, rollups, report);
    }

    /** Loads, checks and, when there is no error, renders and publishes the site. */
    public GenerationResult generate(GenerationRequest request) {
        CheckedContent checked = check(request);
        List<Problem> problems = new ArrayList<>(checked.report().problems());
        if (checked.report().hasErrors()) {
            return new GenerationResult(problems, 0);
        }
        SiteModel site = new SiteModel(checked.content(), checked.rollups());
        List<DataFile> dataFiles = OpenData.files(site);
        List<PlannedPage> pages = new SitePlan(site, checked.report(), dataFiles).pages();
        List<String> collisions = OutputPathCollisions.find(pages);
        if (!collisions.isEmpty()) {
            SourcePosition output = SourcePosition.startOf(ContentLoader.display(request.displayBase(),
                    request.outputDirectory()));
            collisions.forEach(m -> problems.add(new Problem(Severity.ERROR, ProblemCodes.OUTPUT, output, "", "", m)));
            return new GenerationResult(problems, 0);
        }
        try (StagedSite staged = StagedSite.beside(request.outputDirectory())) {
            TemplateRenderer renderer = new TemplateRenderer(request.templateDirectory());
            new PagePipeline(renderer, staged, request.threads()).run(pages, done -> { });
            for (DataFile file : dataFiles) {
                staged.write(file.path(), file.bytes());
            }
            for (var file : new CrawlerFiles(site.settings()).files(pages).entrySet()) {
                staged.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            var search = SearchDocuments.of(site, pages.stream().map(PlannedPage::path).toList());
            for (var file : new SearchIndexWriter().files(search).entrySet()) {
                staged.write(file.getKey(), file.getValue());
            }
            staged.copyTree(request.templateDirectory().resolve(SiteAddresses.ASSETS_FOLDER), SiteAddresses.ASSETS_FOLDER);
            staged.publish();
            return new GenerationResult(problems, pages.size());
        } catch (TemplateFailure e) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.TEMPLATE,
                    new SourcePosition(ContentLoader.display(request.displayBase(), request.templateDirectory().resolve(e.template())),
                            e.line(), e.column()),
                    "", "", "模板出错，渲染页面 " + e.page() + " 时：" + e.getMessage().strip()));
            return new GenerationResult(problems, 0);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(Severity.ERROR, ProblemCodes.OUTPUT,
                    SourcePosition.startOf(ContentLoader.display(request.displayBase(), request.outputDirectory())), "", "",
                    "无法写出站点：" + e));
            return new GenerationResult(problems, 0);
        }
    }

    /** Content after checking, with what the checks found. */
    public record CheckedContent(Content content, BudgetRollups rollups, CheckReport report) {

        /** Every problem loading and checking found, in file order. */
        public List<Problem> problems() {
            return report.problems();
        }
    }

}
