package nl.routetoets.dusiworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FindingsTest {
  private static JsonNode finding(String norm, String path, String severity, int years) {
    return Json.MAPPER.readTree("{\"norm\":\"" + norm + "\",\"rule\":\"r " + norm + "\",\"path\":\"" + path + "\",\"severity\":\""
        + severity + "\",\"facts\":{\"years\":" + years + "}}");
  }

  @Test
  void aRecheckTellsAddedRemovedAndChangedFindingsApart() {
    JsonNode kept = finding("N-DUR-1", "routes[0].design.years", "VIOLATION", 2);
    JsonNode gone = finding("N-HRS-1", "routes[0].design.hours", "REVIEW", 0);
    JsonNode changedBefore = finding("N-APP-3", "submittedAt", "VIOLATION", 1);
    JsonNode changedAfter = finding("N-APP-3", "submittedAt", "REVIEW", 1);
    JsonNode added = finding("N-EX-2", "routes[0].exams", "REVIEW", 0);

    Findings.Diff diff = Findings.diff(List.of(kept, gone, changedBefore), List.of(kept, changedAfter, added));

    assertThat(diff.added()).containsExactly(added);
    assertThat(diff.removed()).containsExactly(gone);
    assertThat(diff.changed()).singleElement().satisfies(c -> {
      assertThat(c.before()).isEqualTo(changedBefore);
      assertThat(c.after()).isEqualTo(changedAfter);
    });
  }

  @Test
  void aRouteShowsTheFormsFindingsAndItsOwn() {
    JsonNode result = Json.MAPPER.readTree("{\"findings\":[{\"norm\":\"N-APP-1\"}],\"routes\":["
        + "{\"routeId\":\"R1\",\"verdict\":\"COMPLIANT\",\"findings\":[]},"
        + "{\"routeId\":\"R2\",\"verdict\":\"NON_COMPLIANT\",\"findings\":[{\"norm\":\"N-DUR-1\"}]}]}");
    assertThat(Findings.ofRoute(result, "R2")).extracting(f -> f.path("norm").asString()).containsExactly("N-APP-1", "N-DUR-1");
    assertThat(Findings.ofRoute(result, "R1")).extracting(f -> f.path("norm").asString()).containsExactly("N-APP-1");
    assertThat(Findings.routeVerdict(result, "R2")).isEqualTo("NON_COMPLIANT");
  }
}
