package nl.routetoets;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Imports flow one way: from the edges (command line) to the core (the domain model). */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.routetoets");

  @Test
  void layersDependOnlyInward() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy("nl.routetoets.cli..")
        .layer("fixtures").definedBy("nl.routetoets.fixtures..")
        .layer("report").definedBy("nl.routetoets.report..")
        .layer("generate").definedBy("nl.routetoets.generate..")
        .layer("register").definedBy("nl.routetoets.register..")
        .layer("check").definedBy("nl.routetoets.check..")
        .layer("checkers").definedBy("nl.routetoets.application..", "nl.routetoets.trajectory..")
        .layer("document").definedBy("nl.routetoets.document..")
        .layer("facts").definedBy("nl.routetoets.facts..")
        .layer("ruleset").definedBy("nl.routetoets.ruleset..")
        .layer("model").definedBy("nl.routetoets.model..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("fixtures").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("generate").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("register").mayOnlyBeAccessedByLayers("report", "generate")
        .whereLayer("check").mayOnlyBeAccessedByLayers("cli", "fixtures", "report")
        .whereLayer("checkers").mayOnlyBeAccessedByLayers("check")
        .whereLayer("document").mayOnlyBeAccessedByLayers("check", "fixtures", "cli", "report", "register", "generate")
        .whereLayer("facts").mayOnlyBeAccessedByLayers("checkers")
        .whereLayer("ruleset").mayOnlyBeAccessedByLayers("facts", "checkers", "check", "fixtures", "cli", "report")
        .check(CLASSES);
  }

  /** The report is a library the service can run as a job: nothing of the terminal or the command line in it. */
  @Test
  void theReportPipelineKnowsNoTerminal() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAnyPackage("nl.routetoets.report..", "nl.routetoets.register..", "nl.routetoets.generate..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei..")
        .check(CLASSES);
  }
}
