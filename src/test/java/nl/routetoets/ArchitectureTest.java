package nl.routetoets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Imports flow one way: from the edges (command line, service, API) to the core (the domain model). */
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
        .layer("review").definedBy("nl.routetoets.review..")
        .layer("security").definedBy("nl.routetoets.security..")
        .layer("persistence").definedBy("nl.routetoets.persistence..")
        .layer("live").definedBy("nl.routetoets.live..")
        .layer("fixtures").definedBy("nl.routetoets.fixtures..")
        .layer("check").definedBy("nl.routetoets.check..")
        .layer("checkers").definedBy("nl.routetoets.application..", "nl.routetoets.trajectory..")
        .layer("document").definedBy("nl.routetoets.document..")
        .layer("facts").definedBy("nl.routetoets.facts..")
        .layer("ruleset").definedBy("nl.routetoets.ruleset..")
        .layer("model").definedBy("nl.routetoets.model..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("service").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("api").mayNotBeAccessedByAnyLayer()
        .whereLayer("review").mayOnlyBeAccessedByLayers("api")
        .whereLayer("security").mayOnlyBeAccessedByLayers("api", "review")
        .whereLayer("persistence").mayOnlyBeAccessedByLayers("api", "review", "security")
        .whereLayer("live").mayOnlyBeAccessedByLayers("service", "api", "review")
        .whereLayer("fixtures").mayOnlyBeAccessedByLayers("cli", "live")
        .whereLayer("check").mayOnlyBeAccessedByLayers("cli", "fixtures", "review")
        .whereLayer("checkers").mayOnlyBeAccessedByLayers("check")
        .whereLayer("document").mayOnlyBeAccessedByLayers("check", "fixtures", "cli", "review", "service")
        .whereLayer("facts").mayOnlyBeAccessedByLayers("checkers")
        .whereLayer("ruleset").mayOnlyBeAccessedByLayers("facts", "checkers", "check", "fixtures", "cli", "live", "api", "review", "service")
        .check(CLASSES);
  }

  /** The rule engine's core stays free of the web framework: Spring lives only at the service's edges. */
  @Test
  void theCheckerDoesNotKnowSpring() {
    noClasses().that().resideInAnyPackage("nl.routetoets.model..", "nl.routetoets.ruleset..", "nl.routetoets.facts..",
            "nl.routetoets.application..", "nl.routetoets.trajectory..", "nl.routetoets.document..", "nl.routetoets.check..",
            "nl.routetoets.fixtures..", "nl.routetoets.live..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
        .check(CLASSES);
  }
}
