package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The school's verdict from a result: DUS-I's judgement set apart, nothing else. */
class SchoolResultTest {
  private static JsonNode finding(String severity, String path, String... missing) {
    var f = Json.MAPPER.createObjectNode().put("norm", "N-X").put("rule", "r").put("severity", severity).put("path", path);
    var m = f.putArray("missingFacts");
    for (String s : missing) {
      m.add(s);
    }
    return f;
  }

  @Test
  void onlyAReviewAboutTheReviewersAssessmentIsDusis() {
    assertThat(SchoolResult.isReviewers(finding("REVIEW", "assessment"))).isTrue();
    assertThat(SchoolResult.isReviewers(finding("REVIEW", "assessment.executionFeasible", "assessment.executionFeasible",
        "assessment.readyToStart"))).isTrue();
    assertThat(SchoolResult.isReviewers(finding("VIOLATION", "assessment.readyToStart"))).as("a criterion judged not met").isFalse();
    assertThat(SchoolResult.isReviewers(finding("REVIEW", "submittedAt"))).isFalse();
    assertThat(SchoolResult.isReviewers(finding("REVIEW", "assessment", "routes[0].vmbo.profiel"))).isFalse();
    assertThat(SchoolResult.isReviewers(finding("REVIEW", ""))).isFalse();
  }

  @Test
  void theSchoolsVerdict() {
    JsonNode dusi = finding("REVIEW", "assessment");
    JsonNode open = finding("REVIEW", "routes[0].vmbo.sector");
    JsonNode violation = finding("VIOLATION", "routes[0].design.years");
    assertThat(SchoolResult.schoolVerdict("NEEDS_REVIEW", List.of(dusi), false)).isEqualTo("COMPLIANT");
    assertThat(SchoolResult.schoolVerdict("NEEDS_REVIEW", List.of(dusi, open), false)).isEqualTo("NEEDS_REVIEW");
    assertThat(SchoolResult.schoolVerdict("NON_COMPLIANT", List.of(dusi, violation), false)).isEqualTo("NON_COMPLIANT");
    assertThat(SchoolResult.schoolVerdict("COMPLIANT", List.of(), false)).isEqualTo("COMPLIANT");
    assertThat(SchoolResult.schoolVerdict("NEEDS_REVIEW", List.of(dusi), true)).as("the form has problems").isEqualTo("FORM_ERRORS");
    assertThat(SchoolResult.schoolVerdict("INVALID", List.of(), true)).isEqualTo("INVALID");
    assertThat(SchoolResult.schoolVerdict("ERROR", List.of(), false)).isEqualTo("ERROR");
  }
}
