package org.opendisclosure.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.FixtureSite;
import org.opendisclosure.content.ContentLimits;
import org.opendisclosure.content.ContentLoader;
import org.opendisclosure.model.Content;
import org.opendisclosure.problem.ProblemCollector;

/** The bundled content carries everything the five published documents publish. */
class ReconciliationTest {

    static Content load(Path contentDirectory) {
        return new ContentLoader(ContentLimits.DEFAULT).load(contentDirectory, contentDirectory.getParent(),
                new ProblemCollector());
    }

    @Test
    void bundledContentCarriesEveryPublishedFigureRowAndTerm() {
        List<String> findings = Reconciliation.findings(load(FixtureSite.repositoryRoot().resolve("content")));
        assertEquals("", String.join("\n", findings), findings.size() + " published items differ or are missing");
    }

    @Test
    void readsEnoughOfEachSeedToMeanSomething() {
        List<Claim> claims = Reconciliation.claims(load(FixtureSite.repositoryRoot().resolve("content")));
        for (String seed : List.of(Reconciliation.FORMS_2024_CONSULTING, Reconciliation.DEPARTMENT_BUDGET,
                Reconciliation.FORMS_2019, Reconciliation.FORM_2019_12345, Reconciliation.FORMS_2024_SOCIAL_INSURANCE)) {
            long count = claims.stream().filter(claim -> claim.seed().equals(seed)).count();
            assertTrue(count > 10, seed + " yields only " + count + " claims");
        }
    }
}
