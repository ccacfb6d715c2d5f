package nl.routetoets.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The service scans only some packages for its components and settings (RouteToetsApplication): a component or a
 * settings class elsewhere would be left out of the service without a word.
 */
class ComponentScanTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.routetoets");

  private static String[] scanned() {
    return RouteToetsApplication.SCANNED.stream().map(p -> p + "..").toArray(String[]::new);
  }

  @Test
  void everyComponentIsInAScannedPackage() {
    classes().that().areMetaAnnotatedWith(Component.class).should().resideInAnyPackage(scanned()).check(CLASSES);
  }

  @Test
  void everySettingsClassIsInAScannedPackage() {
    classes().that().areAnnotatedWith(ConfigurationProperties.class).should().resideInAnyPackage(scanned()).check(CLASSES);
  }

  @Test
  void theScannedPackagesAreTheOnesTheAnnotationsName() {
    org.springframework.boot.autoconfigure.SpringBootApplication app =
        RouteToetsApplication.class.getAnnotation(org.springframework.boot.autoconfigure.SpringBootApplication.class);
    org.springframework.boot.context.properties.ConfigurationPropertiesScan settings =
        RouteToetsApplication.class.getAnnotation(org.springframework.boot.context.properties.ConfigurationPropertiesScan.class);
    org.assertj.core.api.Assertions.assertThat(app.scanBasePackages()).containsExactlyElementsOf(RouteToetsApplication.SCANNED);
    org.assertj.core.api.Assertions.assertThat(settings.value()).containsExactlyElementsOf(RouteToetsApplication.SCANNED);
  }
}
