package org.opendisclosure.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SitePathTest {

    private final Path site = Path.of("/srv/site");

    @Test
    void directoriesServeTheirIndex() {
        assertEquals(Path.of("/srv/site/index.html"), SitePath.resolve(site, "/"));
        assertEquals(Path.of("/srv/site/2019/index.html"), SitePath.resolve(site, "/2019/"));
        assertEquals(Path.of("/srv/site/2019/projects/a.html"), SitePath.resolve(site, "/2019/projects/a.html"));
    }

    @Test
    void nothingOutsideTheSiteIsReachable() {
        for (String path : new String[] {"/../etc/passwd", "/2019/../../x", "/./index.html", "//etc/passwd",
                "/a\\..\\..\\b", "/a\0b", "relative.html", "/2019//a.html"}) {
            assertNull(SitePath.resolve(site, path), path);
        }
    }
}
