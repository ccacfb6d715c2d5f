package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The form shows a document's values and gives back the same document; what it does not show is kept. */
class ApplicationFormTest {
  /** The zone of the rule set in rules/parameters/aanvraagrondes.json. */
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private static ObjectNode demo(String name) throws Exception {
    return (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("demo", name)));
  }

  /** The request a browser sends for a form showing these values. */
  private static Map<String, String[]> posted(Map<String, List<String>> values) {
    Map<String, String[]> params = new HashMap<>();
    values.forEach((name, v) -> params.put(name, v.stream().filter(s -> !s.isEmpty()).toArray(String[]::new)));
    return params;
  }

  @Test
  void aDemoApplicationWithTwoRoutesComesBackUnchanged() throws Exception {
    ObjectNode doc = demo("aanvraag-2017-twee-routes-techniek-en-zorg.json");
    Map<String, List<String>> values = ApplicationForm.values(doc, AMSTERDAM);
    assertThat(values.get("routes[1].design.years")).containsExactly("4");
    assertThat(values.get("routes[0].leerwegen")).containsExactly("BB", "KB");
    assertThat(values.get("routes[0].mbo.qualifications")).containsExactly("25333, 25342");
    assertThat(values.get("advice.parentCouncil")).containsExactly("NONE");
    assertThat(values.get("submittedAt")).containsExactly("2016-10-19T14:36");
    JsonNode back = ApplicationForm.document(doc, posted(values), 2, AMSTERDAM);
    assertThat(back).isEqualTo(doc);
  }

  @Test
  void withoutTheHiddenCopyTheFormAloneGivesEveryFieldItShows() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    ObjectNode back = ApplicationForm.document(null, posted(ApplicationForm.values(doc, AMSTERDAM)), 1, AMSTERDAM);
    doc.remove(List.of("assessment", "decidedOn"));
    back.remove(List.of("assessment", "decidedOn"));
    assertThat(back).isEqualTo(doc);
  }

  @Test
  void aChangedValueReplacesTheOldOneAndEmptyMeansUnknown() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    Map<String, String[]> params = posted(ApplicationForm.values(doc, AMSTERDAM));
    params.put("routes[0].design.years", new String[] {"4"});
    params.put("agreement.fallback", new String[] {""});
    JsonNode back = ApplicationForm.document(doc, params, 1, AMSTERDAM);
    assertThat(back.at("/routes/0/design/years").asInt()).isEqualTo(4);
    assertThat(back.at("/agreement/fallback").isNull()).isTrue();
  }

  @Test
  void whatIsNotANumberStaysAsTypedForTheReaderToRefuse() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    Map<String, String[]> params = posted(ApplicationForm.values(doc, AMSTERDAM));
    params.put("routes[0].design.years", new String[] {"drie"});
    assertThat(ApplicationForm.document(doc, params, 1, AMSTERDAM).at("/routes/0/design/years").asString()).isEqualTo("drie");
  }

  @Test
  void submissionTimeIsDutchLocalTime() throws Exception {
    Map<String, String[]> params = new HashMap<>();
    params.put("submittedAt", new String[] {"2017-11-01T00:40"});
    assertThat(ApplicationForm.document(null, params, 1, AMSTERDAM).path("submittedAt").asString()).isEqualTo("2017-11-01T00:40:00+01:00");
  }

  /** The zone is the rule set's, not the form's: the same local time is another instant in another zone, and shows back as typed. */
  @Test
  void dateAndTimeAreLocalTimeInTheZoneGiven() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    Map<String, String[]> params = new HashMap<>();
    params.put("submittedAt", new String[] {"2017-11-01T00:40"});
    ObjectNode doc = ApplicationForm.document(null, params, 1, tokyo);
    assertThat(doc.path("submittedAt").asString()).isEqualTo("2017-11-01T00:40:00+09:00");
    assertThat(ApplicationForm.values(doc, tokyo).get("submittedAt")).containsExactly("2017-11-01T00:40");
    assertThat(ApplicationForm.values(doc, AMSTERDAM).get("submittedAt")).containsExactly("2017-10-31T16:40");
  }

  @Test
  void inputIdsFollowTheJsonPath() {
    assertThat(FormView.fieldId("routes[0].design.years")).isEqualTo("f-routes-0-design-years");
  }
}
