package org.opendisclosure.check;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.opendisclosure.content.FieldLabels;
import org.opendisclosure.markup.ImageAddress;
import org.opendisclosure.model.BudgetSection;
import org.opendisclosure.model.DepartmentBudget;
import org.opendisclosure.model.KeyProject;
import org.opendisclosure.problem.ProblemCodes;
import org.opendisclosure.problem.ProblemCollector;

/**
 * Refuses Markdown images that the site would load from elsewhere ({@code ![图](https://…)},
 * {@code data:} and other schemes): the site loads no outside resources, which would tell another
 * host who reads what. Runs over the Markdown fields, a budget's sections and key projects'
 * explanations. Stateless.
 */
final class MarkdownImageCheck {

    private static final Parser MARKDOWN = Parser.builder().build();

    private MarkdownImageCheck() {
    }

    static void check(DepartmentBudget budget, ProblemCollector problems) {
        for (BudgetSection section : BudgetSection.ALL) {
            check(budget, "sections." + section.key(), budget.sections().get(section.key()), problems);
        }
        for (KeyProject key : budget.keyProjects()) {
            check(budget, key.keyPath() + ".text", key.text(), problems);
        }
    }

    private static void check(DepartmentBudget budget, String keyPath, String markdown, ProblemCollector problems) {
        if (markdown == null || !markdown.contains("![")) {
            return;
        }
        for (Image image : imagesOf(MARKDOWN.parse(markdown))) {
            String address = image.getDestination();
            if (!ImageAddress.isOwnSite(address)) {
                problems.error(ProblemCodes.EXTERNAL_IMAGE, budget.sourceMap().at(keyPath), keyPath,
                        FieldLabels.BUDGET.of(keyPath), "图片“" + altText(image) + "”的地址 " + address
                                + " 不是本站的文件：网站不加载其他网站或 data: 等地址的资源（那会让其他网站知道谁在读什么）；"
                                + "请把图片放进本站、写相对地址，或改为链接 [文字](地址)");
            }
        }
    }

    private static List<Image> imagesOf(Node document) {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
                visitChildren(image);
            }
        });
        return images;
    }

    private static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }
        });
        return alt.toString();
    }
}
