package nl.routetoets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Imports flow one way: from the edges (command line, service, API, web pages) to the core (the domain model). */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.routetoets");

  @Test
  void layersDependOnlyInward() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy("nl.routetoets.cli..")
        .layer("service").definedBy("nl.routetoets.service..")
        .layer("api").definedBy("nl.routetoets.api..")
        .layer("web").definedBy("nl.routetoets.web..")
        .layer("reportjob").definedBy("nl.routetoets.reportjob..")
        .layer("dusiworkflow").definedBy("nl.routetoets.dusiworkflow..")
        .layer("security").definedBy("nl.routetoets.security..")
        .layer("persistence").definedBy("nl.routetoets.persistence..")
        .layer("live").definedBy("nl.routetoets.live..")
        .layer("fixtures").definedBy("nl.routetoets.fixtures..")
        .layer("report").definedBy("nl.routetoets.report..")
        .layer("print").definedBy("nl.routetoets.print..")
        .layer("generate").definedBy("nl.routetoets.generate..")
        .layer("register").definedBy("nl.routetoets.register..")
        .layer("check").definedBy("nl.routetoets.check..")
        .layer("document").definedBy("nl.routetoets.document..")
        .layer("facts").definedBy("nl.routetoets.facts..")
        .layer("ruleset").definedBy("nl.routetoets.ruleset..")
        .layer("model").definedBy("nl.routetoets.model..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("service").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("api").mayNotBeAccessedByAnyLayer()
        // the pages are an edge like the API: they use the workflow, nothing uses them
        .whereLayer("web").mayNotBeAccessedByAnyLayer()
        .whereLayer("reportjob").mayOnlyBeAccessedByLayers("api", "web")
        .whereLayer("dusiworkflow").mayOnlyBeAccessedByLayers("api", "web")
        .whereLayer("security").mayOnlyBeAccessedByLayers("api", "web", "dusiworkflow", "reportjob")
        // the command line only for the backup and restore of the embedded database (EmbeddedBackup)
        .whereLayer("persistence").mayOnlyBeAccessedByLayers("api", "web", "dusiworkflow", "security", "reportjob", "cli")
        .whereLayer("live").mayOnlyBeAccessedByLayers("service", "api", "web", "dusiworkflow", "reportjob")
        .whereLayer("fixtures").mayOnlyBeAccessedByLayers("cli", "live")
        .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "reportjob")
        .whereLayer("print").mayOnlyBeAccessedByLayers("report", "reportjob", "web", "cli")
        .whereLayer("generate").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("register").mayOnlyBeAccessedByLayers("report", "generate")
        .whereLayer("check").mayOnlyBeAccessedByLayers("cli", "fixtures", "dusiworkflow", "report")
        // persistence for the JSON columns, written and read with the project's one JSON configuration
        .whereLayer("document").mayOnlyBeAccessedByLayers("check", "fixtures", "cli", "dusiworkflow", "service", "web", "report",
            "register", "generate", "persistence")
        .whereLayer("facts").mayOnlyBeAccessedByLayers("check")
        .whereLayer("ruleset").mayOnlyBeAccessedByLayers("facts", "check", "fixtures", "cli", "live", "api", "web",
            "dusiworkflow", "service", "report", "reportjob")
        .check(CLASSES);
  }

  /** The rule engine's core stays free of the web framework: Spring lives only at the service's edges. */
  @Test
  void theCheckerDoesNotKnowSpring() {
    noClasses().that().resideInAnyPackage("nl.routetoets.model..", "nl.routetoets.ruleset..", "nl.routetoets.facts..",
            "nl.routetoets.document..", "nl.routetoets.check..",
            "nl.routetoets.fixtures..", "nl.routetoets.live..", "nl.routetoets.report..", "nl.routetoets.register..",
            "nl.routetoets.generate..", "nl.routetoets.print..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
        .check(CLASSES);
  }

  /** The report is a library the service can run as a job: nothing of the terminal or the command line in it. */
  @Test
  void theReportPipelineKnowsNoTerminal() {
    noClasses()
        .that().resideInAnyPackage("nl.routetoets.report..", "nl.routetoets.register..", "nl.routetoets.generate..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei..")
        .check(CLASSES);
  }
}
