package org.opendisclosure;

import java.io.UncheckedIOException;
import java.util.List;

import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.Severity;
import org.opendisclosure.problem.SourcePosition;
import org.opendisclosure.render.TemplateFailure;

/** The problems a build reports when rendering or writing fails, in the words of the build log; one place for both engines. */
final class EngineProblems {

    private EngineProblems() {
    }

    /** Two pages would be written to one file. */
    static List<Problem> collisions(GenerationRequest request, List<String> collisions) {
        SourcePosition output = SourcePosition.startOf(ContentLoader.display(request.displayBase(),
                request.outputDirectory()));
        return collisions.stream().map(m -> new Problem(Severity.ERROR, ProblemCodes.OUTPUT, output, "", "", m)).toList();
    }

    /** A template failed on a page: where in the template, and which page. */
    static Problem templateFailure(GenerationRequest request, TemplateFailure e) {
        return new Problem(Severity.ERROR, ProblemCodes.TEMPLATE,
                new SourcePosition(ContentLoader.display(request.displayBase(), request.templateDirectory().resolve(e.template())),
                        e.line(), e.column()),
                "", "", "模板出错，渲染页面 " + e.page() + " 时：" + e.getMessage().strip());
    }

    /** The site could not be written. */
    static Problem outputFailure(GenerationRequest request, Exception e) {
        return new Problem(Severity.ERROR, ProblemCodes.OUTPUT,
                SourcePosition.startOf(ContentLoader.display(request.displayBase(), request.outputDirectory())), "", "",
                "无法写出站点：" + (e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e));
    }
}
