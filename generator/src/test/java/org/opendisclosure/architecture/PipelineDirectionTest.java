package org.opendisclosure.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The pipeline's direction, pinned: model ← content ← history ← derive ← check ← diff ← render / export /
 * search ← engine ← maven, with the importer (workbooks → content files) used by the engine only, the
 * workbook writer used by render (and the importer, for cell names) only, and with problem, markup, address
 * metrics, concurrent (threads) and io (bytes on their way to a file) below them all, so that no stage reaches back
 * up the pipeline, there is no cycle between packages, and the engine never touches the Maven API.
 * Each package's {@code package-info.java} says the same in words.
 */
class PipelineDirectionTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.opendisclosure");
    }

    @Test
    void eachStageIsUsedOnlyByTheStagesAfterIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Problem").definedBy("org.opendisclosure.problem..")
                .layer("Concurrent").definedBy("org.opendisclosure.concurrent..")
                .layer("Io").definedBy("org.opendisclosure.io..")
                .layer("Markup").definedBy("org.opendisclosure.markup..")
                .layer("Address").definedBy("org.opendisclosure.address..")
                .layer("Metrics").definedBy("org.opendisclosure.metrics..")
                .layer("Model").definedBy("org.opendisclosure.model..")
                .layer("Content").definedBy("org.opendisclosure.content..")
                .layer("History").definedBy("org.opendisclosure.history..")
                .layer("Derive").definedBy("org.opendisclosure.derive..")
                .layer("Check").definedBy("org.opendisclosure.check..")
                .layer("Diff").definedBy("org.opendisclosure.diff..")
                .layer("Chart").definedBy("org.opendisclosure.chart..")
                .layer("Render").definedBy("org.opendisclosure.render..")
                .layer("Export").definedBy("org.opendisclosure.export..")
                .layer("Search").definedBy("org.opendisclosure.search..")
                .layer("Write").definedBy("org.opendisclosure.write..")
                .layer("Workbook").definedBy("org.opendisclosure.workbook..")
                .layer("Importer").definedBy("org.opendisclosure.importer..")
                .layer("Engine").definedBy("org.opendisclosure", "org.opendisclosure.serve..")
                .layer("Maven").definedBy("org.opendisclosure.maven..")
                .whereLayer("Maven").mayNotBeAccessedByAnyLayer()
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Maven")
                .whereLayer("Write").mayOnlyBeAccessedByLayers("Engine")
                .whereLayer("Workbook").mayOnlyBeAccessedByLayers("Render", "Importer")
                .whereLayer("Importer").mayOnlyBeAccessedByLayers("Engine")
                .whereLayer("Render").mayOnlyBeAccessedByLayers("Engine")
                .whereLayer("Search").mayOnlyBeAccessedByLayers("Engine")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Render", "Engine")
                .whereLayer("Chart").mayOnlyBeAccessedByLayers("Render")
                .whereLayer("Diff").mayOnlyBeAccessedByLayers("Render", "Engine", "Maven")
                .whereLayer("Check").mayOnlyBeAccessedByLayers("Diff", "Render", "Engine")
                .whereLayer("Derive").mayOnlyBeAccessedByLayers("Check", "Diff", "Render", "Export", "Search", "Engine")
                .whereLayer("History").mayOnlyBeAccessedByLayers("Diff", "Engine")
                .whereLayer("Content").mayOnlyBeAccessedByLayers("History", "Check", "Diff", "Engine", "Maven")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Content", "Derive", "Check", "Diff", "Render", "Export",
                        "Search", "Engine", "Maven")
                .whereLayer("Address").mayOnlyBeAccessedByLayers("Render", "Export", "Search", "Engine")
                .whereLayer("Metrics").mayOnlyBeAccessedByLayers("Render", "Engine", "Maven")
                .check(classes);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("org.opendisclosure.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheGoalsUseMaven() {
        noClasses().that().resideOutsideOfPackage("org.opendisclosure.maven..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .check(classes);
    }

    @Test
    void theModelIsPlainData() {
        noClasses().that().resideInAPackage("org.opendisclosure.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.yaml..", "freemarker..",
                        "org.apache.maven..", "org.jfree..")
                .check(classes);
    }

    @Test
    void theLowestPackagesUseNoOtherPackageOfTheGenerator() {
        for (String lowest : new String[] {"concurrent", "io"}) {
            noClasses().that().resideInAPackage("org.opendisclosure." + lowest + "..")
                    .should().dependOnClassesThat(resideInAPackage("org.opendisclosure..")
                            .and(resideOutsideOfPackage("org.opendisclosure." + lowest + "..")))
                    .check(classes);
        }
    }

}
