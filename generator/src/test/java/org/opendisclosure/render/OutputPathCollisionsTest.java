package org.opendisclosure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutputPathCollisionsTest {

    @Test
    void twoPagesForOneFileAreNamedBoth() {
        List<PlannedPage> pages = List.of(new PlannedPage("2019/units/index.html", "unit.ftlh", true, () -> null),
                new PlannedPage("2019/index.html", "year.ftlh", true, () -> null),
                new PlannedPage("2019/units/index.html", "units.ftlh", true, () -> null));
        assertEquals(List.of("两个页面要写到同一个文件：“2019/units/index.html”（模板 unit.ftlh）和“2019/units/index.html”"
                + "（模板 units.ftlh）；请修改其中一个的标识"), OutputPathCollisions.find(pages));
    }

    @Test
    void pathsThatDifferOnlyByCaseCollideToo() {
        List<PlannedPage> pages = List.of(new PlannedPage("2019/projects/a.html", "project.ftlh", true, () -> null),
                new PlannedPage("2019/projects/A.html", "project.ftlh", true, () -> null));
        assertEquals(List.of("两个页面要写到同一个文件：“2019/projects/a.html”（模板 project.ftlh）和“2019/projects/A.html”"
                + "（模板 project.ftlh），两者只有大小写不同；请修改其中一个的标识"), OutputPathCollisions.find(pages));
    }

    @Test
    void distinctPathsAreFine() {
        assertEquals(List.of(), OutputPathCollisions.find(List.of(new PlannedPage("a.html", "x.ftlh", true, () -> null),
                new PlannedPage("b.html", "x.ftlh", true, () -> null))));
    }
}
