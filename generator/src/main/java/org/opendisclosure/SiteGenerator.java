package org.opendisclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.opendisclosure.check.CheckReport;
import org.opendisclosure.check.ContentChecker;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.derive.SiteIndex;
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
import org.opendisclosure.render.Page;
import org.opendisclosure.render.SitePages;
import org.opendisclosure.render.TemplateFailure;
import org.opendisclosure.render.TableDownloads;
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
    public CheckedContent check(java.nio.file.Path contentDirectory, java.nio.file.Path displayBase,
            org.opendisclosure.content.ContentLimits limits) {
        ProblemCollector problems = new ProblemCollector();
        Content content = new ContentLoader(limits).load(contentDirectory, displayBase, problems);
        CheckReport report = new ContentChecker().check(content, problems);
        return new CheckedContent(content, report);
    }

    /** Loads, checks and, when there is no error, renders and publishes the site. */
    public GenerationResult generate(GenerationRequest request) {
        CheckedContent checked = check(request);
        List<Problem> problems = new ArrayList<>(checked.report().problems());
        if (checked.report().hasErrors()) {
            return new GenerationResult(problems, 0);
        }
        SiteIndex index = new SiteIndex(checked.content());
        List<DataFile> dataFiles = OpenData.files(index);
        List<Page> all = new SitePages(index, checked.report(), dataFiles).all();
        List<String> collisions = OutputPathCollisions.find(all);
        if (!collisions.isEmpty()) {
            SourcePosition output = SourcePosition.startOf(ContentLoader.display(request.displayBase(),
                    request.outputDirectory()));
            collisions.forEach(m -> problems.add(new Problem(Severity.ERROR, ProblemCodes.OUTPUT, output, "", "", m)));
            return new GenerationResult(problems, 0);
        }
        try (StagedSite site = StagedSite.beside(request.outputDirectory())) {
            TemplateRenderer renderer = new TemplateRenderer(request.templateDirectory());
            for (Page page : all) {
                site.write(page.path(), renderer.render(page).getBytes(StandardCharsets.UTF_8));
                for (var table : TableDownloads.of(page).entrySet()) {
                    site.write(table.getKey(), table.getValue());
                }
            }
            for (DataFile file : dataFiles) {
                site.write(file.path(), file.bytes());
            }
            for (var file : new CrawlerFiles(checked.content().settings()).files(all).entrySet()) {
                site.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            var search = SearchDocuments.of(index, all.stream().map(Page::path).toList());
            for (var file : new SearchIndexWriter().files(search).entrySet()) {
                site.write(file.getKey(), file.getValue());
            }
            site.copyTree(request.templateDirectory().resolve("assets"), "assets");
            site.publish();
            return new GenerationResult(problems, all.size());
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
    public record CheckedContent(Content content, CheckReport report) {
    }

}
