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
        .layer("check").definedBy("nl.routetoets.check..")
        .layer("checkers").definedBy("nl.routetoets.application..", "nl.routetoets.trajectory..")
        .layer("document").definedBy("nl.routetoets.document..")
        .layer("facts").definedBy("nl.routetoets.facts..")
        .layer("ruleset").definedBy("nl.routetoets.ruleset..")
        .layer("model").definedBy("nl.routetoets.model..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("fixtures").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("check").mayOnlyBeAccessedByLayers("cli", "fixtures")
        .whereLayer("checkers").mayOnlyBeAccessedByLayers("check")
        .whereLayer("document").mayOnlyBeAccessedByLayers("check", "fixtures", "cli")
        .whereLayer("facts").mayOnlyBeAccessedByLayers("checkers")
        .whereLayer("ruleset").mayOnlyBeAccessedByLayers("facts", "checkers", "check", "fixtures", "cli")
        .check(CLASSES);
  }
}
