package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The form shows a document's values and gives back the same document; what it does not show is kept. */
class ApplicationFormTest {
  /** The zone of the rule set in rules/parameters/aanvraagrondes.json. */
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final SchoolLookups LOOKUPS = SchoolLookups.of(TestRuleSet.get());

  private static ObjectNode demo(String name) throws Exception {
    return (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("demo", name)));
  }

  /** The request a browser sends for a form showing these values. */
  private static Map<String, String[]> posted(Map<String, List<String>> values) {
    Map<String, String[]> params = new HashMap<>();
    values.forEach((name, v) -> params.put(name, v.stream().filter(s -> !s.isEmpty()).toArray(String[]::new)));
    return params;
  }

  private static ApplicationForm.Built document(ObjectNode base, Map<String, String[]> params, int routes) {
    return ApplicationForm.document(base, params, routes, AMSTERDAM, LOOKUPS);
  }

  /** Everything comes back but the moment of submission: that is the moment the service receives it, not the draft's. */
  @Test
  void aDemoApplicationWithTwoRoutesComesBackUnchangedButForTheMomentOfSubmission() throws Exception {
    ObjectNode doc = demo("aanvraag-2017-twee-routes-techniek-en-zorg.json");
    Map<String, List<String>> values = ApplicationForm.values(doc, AMSTERDAM);
    assertThat(values.get("routes[1].design.years")).containsExactly("4");
    assertThat(values.get("routes[0].leerwegen")).containsExactly("BB", "KB");
    assertThat(values.get("routes[0].mbo.qualifications")).containsExactly("25333", "25342");
    assertThat(values.get("advice.parentCouncil")).containsExactly("NONE");
    assertThat(values).doesNotContainKeys("submittedAt", "submissionChannel");
    ApplicationForm.Built back = document(doc, posted(values), 2);
    assertThat(back.problems()).isEmpty();
    doc.remove("submittedAt");
    assertThat(back.document()).isEqualTo(doc);
  }

  @Test
  void withoutTheHiddenCopyTheFormAloneGivesEveryFieldItShows() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    ObjectNode back = document(null, posted(ApplicationForm.values(doc, AMSTERDAM)), 1).document();
    doc.remove(List.of("assessment", "decidedOn", "submittedAt", "submissionChannel"));
    back.remove(List.of("assessment", "decidedOn"));
    assertThat(back).isEqualTo(doc);
  }

  @Test
  void aChangedValueReplacesTheOldOneAndEmptyMeansUnknown() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    Map<String, String[]> params = posted(ApplicationForm.values(doc, AMSTERDAM));
    params.put("routes[0].design.years", new String[] {"4"});
    params.put("agreement.fallback", new String[] {""});
    JsonNode back = document(doc, params, 1).document();
    assertThat(back.at("/routes/0/design/years").asInt()).isEqualTo(4);
    assertThat(back.at("/agreement/fallback").isNull()).isTrue();
  }

  @Test
  void whatIsNotANumberIsNamedAtItsFieldAndStaysAsTypedForTheReaderToRefuse() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    Map<String, String[]> params = posted(ApplicationForm.values(doc, AMSTERDAM));
    params.put("routes[0].design.years", new String[] {"drie"});
    params.put("startSchoolYear", new String[] {"2016/2018"});
    ApplicationForm.Built built = document(doc, params, 1);
    assertThat(built.document().at("/routes/0/design/years").asString()).isEqualTo("drie");
    assertThat(built.problems()).extracting(FormInput.Problem::path, FormInput.Problem::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple("startSchoolYear", "form.problem.schoolYear"),
        org.assertj.core.groups.Tuple.tuple("routes[0].design.years", "form.problem.int"));
  }

  /** "3.000" uren, "2017/2018" and a domain by its name are read as the format writes them, before the check. */
  @Test
  void whatADutchSchoolTypesIsNormalised() throws Exception {
    ObjectNode doc = demo("aanvraag-2017-twee-routes-techniek-en-zorg.json");
    Map<String, String[]> params = posted(ApplicationForm.values(doc, AMSTERDAM));
    params.put("routes[0].design.hours.total", new String[] {"3.000"});
    params.put("startSchoolYear", new String[] {"2017/2018"});
    params.put("routes[0].mbo.domain", new String[] {"techniek en procesindustrie"});
    params.put("routes[1].mbo.domain", new String[] {"o – Zorg en welzijn"});
    params.put("agreement.fundingTransfer.amountEur", new String[] {"12.500,50"});
    params.put("applicant.institution.brin", new String[] {"99tw"});
    ApplicationForm.Built built = document(doc, params, 2);
    assertThat(built.problems()).isEmpty();
    assertThat(built.document().at("/routes/0/design/hours/total").asInt()).isEqualTo(3000);
    assertThat(built.document().at("/startSchoolYear").asString()).isEqualTo("2017-2018");
    assertThat(built.document().at("/routes/0/mbo/domain").asString()).isEqualTo("79020");
    assertThat(built.document().at("/routes/1/mbo/domain").asString()).isEqualTo("o");
    assertThat(built.document().at("/agreement/fundingTransfer/amountEur").decimalValue()).isEqualByComparingTo("12500.50");
    assertThat(built.document().at("/applicant/institution/brin").asString()).isEqualTo("99TW");
  }

  /** No rule of the experiment names a profiel that is none: the form does, naming the profielen there are. */
  @Test
  void anUnknownProfielIsAProblemThatNamesTheChoices() throws Exception {
    ObjectNode doc = demo("aanvraag-2017-twee-routes-techniek-en-zorg.json");
    Map<String, String[]> params = posted(ApplicationForm.values(doc, AMSTERDAM));
    params.put("routes[0].vmbo.profiel", new String[] {"XYZ"});
    ApplicationForm.Built built = document(doc, params, 2);
    assertThat(built.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("routes[0].vmbo.profiel");
      assertThat(p.key()).isEqualTo("form.problem.profiel");
      assertThat(p.args().get(0)).isEqualTo("XYZ");
      assertThat((String) p.args().get(1)).contains("PIE – Produceren, installeren en energie").contains("Z&W");
    });
    assertThat(built.document().at("/routes/0/vmbo/profiel").asString()).isEqualTo("XYZ");
  }

  @Test
  void qualificationsTickedAndTypedAreOneList() throws Exception {
    Map<String, String[]> params = new HashMap<>();
    params.put("routes[0].mbo.qualifications", new String[] {"25333", "25342", "25334 – Medewerker Operationele techniek", ""});
    ApplicationForm.Built built = document(null, params, 1);
    assertThat(FormInput.items(built.document().at("/routes/0/mbo/qualifications"))).containsExactly("25333", "25342", "25334");
    params.put("routes[0].mbo.qualifications", new String[] {"25333", "kwalificatie die er niet is"});
    built = document(null, params, 1);
    assertThat(built.problems()).extracting(FormInput.Problem::key).contains("form.problem.qualification");
  }

  @Test
  void withoutIdOrPeildatumTheFormSaysSo() {
    assertThat(document(null, new HashMap<>(), 1).problems()).extracting(FormInput.Problem::path, FormInput.Problem::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple("id", "check.problem.id"), org.assertj.core.groups.Tuple.tuple("asOf", "check.problem.asOf"));
  }

  @Test
  void aPathOfTheDocumentPointsAtTheFieldItIsAbout() {
    assertThat(ApplicationForm.fieldOf("routes[1].mbo.qualifications[0]", 2)).isEqualTo("routes[1].mbo.qualifications");
    assertThat(ApplicationForm.fieldOf("routes[0].design.hours", 2)).isEqualTo("routes[0].design.hours.total");
    assertThat(ApplicationForm.fieldOf("routes[0]", 2)).isEqualTo("routes[0].routeId");
    assertThat(ApplicationForm.fieldOf("routes[2].mbo.level", 2)).as("a route the form does not have").isNull();
    assertThat(ApplicationForm.fieldOf("agreement.fundingTransfer", 1)).isEqualTo("agreement.fundingTransfer.agreed");
    assertThat(ApplicationForm.fieldOf("assessment.readyToStart", 1)).as("the reviewer's, not the form's").isNull();
    assertThat(ApplicationForm.fieldOf("submittedAt", 1)).as("the service's, not the form's").isNull();
  }

  @Test
  void inputIdsFollowTheJsonPath() {
    assertThat(FormView.fieldId("routes[0].design.years")).isEqualTo("f-routes-0-design-years");
  }
}
