package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.dusiworkflow.Checks;
import nl.routetoets.TestRuleSet;
import nl.routetoets.check.Checker;
import nl.routetoets.model.Finding;
import nl.routetoets.model.LawRoute;
import nl.routetoets.model.Result;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The route form gives back the document it shows, says "unknown" and "none" apart, and points paths at its fields. */
class RouteFormTest {
  private static final SchoolLookups LOOKUPS = SchoolLookups.of(TestRuleSet.get());

  /** The example route of formats.md §5, with a real crebo and names. */
  static ObjectNode example() throws Exception {
    return (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("src/test/resources/route/dlr-voorbeeld.json")));
  }

  /** The request a browser sends for a form showing these values. */
  static Map<String, String[]> posted(Map<String, List<String>> values) {
    Map<String, String[]> params = new HashMap<>();
    values.forEach((name, v) -> params.put(name, v.stream().filter(s -> !s.isEmpty()).toArray(String[]::new)));
    return params;
  }

  private static ObjectNode roundTrip(JsonNode doc) {
    RouteForm.Built built = RouteForm.document(posted(RouteForm.values(doc)), LOOKUPS);
    assertThat(built.problems()).isEmpty();
    return built.document();
  }

  @Test
  void theExampleRouteComesBackUnchangedAndInTheFormatsOrder() throws Exception {
    ObjectNode doc = example();
    Map<String, List<String>> values = RouteForm.values(doc);
    assertThat(values.get("provider.school.profielen")).containsExactly("MVI", "BWI");
    assertThat(values.get("mbo.qualifications")).containsExactly("25182");
    assertThat(values.get("design.vmboCentralExamRouteYear")).containsExactly("2");
    assertThat(values.get("agreement")).containsExactly(RouteForm.GIVEN);
    assertThat(values.get("design.teams.namedInDescription")).containsExactly("");
    ObjectNode back = roundTrip(doc);
    assertThat(back).isEqualTo(doc);
    assertThat(Json.MAPPER.writeValueAsString(back)).isEqualTo(Json.MAPPER.writeValueAsString(doc));
  }

  @Test
  void everyFieldOfTheFormReachesTheDocument() throws Exception {
    // a value in every field, and what each must become
    Map<String, String[]> params = new HashMap<>();
    for (RouteForm.Field f : RouteForm.fields()) {
      params.put(f.path(), new String[] {switch (f.kind()) {
        case DATE -> "2022-03-01";
        case SCHOOL_YEAR -> "2022-2023";
        case INT -> "2";
        case DECIMAL -> "12500,50";
        case BOOL -> "true";
        case PRESENCE -> RouteForm.GIVEN;
        case YEAR_OR_NONE -> "3";
        case ENUM, ENUM_LIST -> f.options().get(f.options().size() - 1);
        case PROFIEL, PROFIEL_LIST -> "PIE";
        case LIST, QUALIFICATIONS -> "25182, 25183";
        case DOMAIN -> "79020";
        case BRIN -> "00AH";
        case TEXT -> "X" + f.path().length();
      }});
    }
    ObjectNode doc = RouteForm.document(params, LOOKUPS).document();
    for (RouteForm.Field f : RouteForm.fields()) {
      JsonNode node = doc.at("/" + f.path().replace('.', '/'));
      assertThat(node.isMissingNode() || node.isNull()).as(f.path()).isFalse();
    }
    assertThat(doc.at("/agreement/fundingTransfer/amountEur").decimalValue()).isEqualByComparingTo("12500.50");
    assertThat(doc.at("/mbo/qualifications")).hasSize(2);
    assertThat(doc.at("/leerwegen/0").asString()).isEqualTo("TL");
    assertThat(RouteForm.values(doc)).isEqualTo(RouteForm.values(roundTrip(doc)));
  }

  @Test
  void theBuiltDocumentIsARouteTheReaderTakes() throws Exception {
    ObjectNode back = roundTrip(example());
    List<SourcedDocument> read = Checks.read(Json.MAPPER.writeValueAsBytes(back), false);
    assertThat(read).hasSize(1);
    assertThat(read.get(0).errors()).isEmpty();
    assertThat(read.get(0).document()).isInstanceOf(LawRoute.class);
  }

  @Test
  void emptyMeansUnknownAndAPartWithNothingKnownIsUnknownAsAWhole() throws Exception {
    ObjectNode doc = example();
    Map<String, String[]> params = posted(RouteForm.values(doc));
    for (String name : List.of("complaints.coversOtherBoard", "complaints.chairIndependent", "melding", "melding.notifiedOn",
        "melding.jointly", "mbo.level", "design.locations")) {
      params.put(name, new String[0]);
    }
    ObjectNode back = RouteForm.document(params, LOOKUPS).document();
    assertThat(back.get("complaints").isNull()).isTrue();
    assertThat(back.get("melding").isNull()).isTrue();
    assertThat(back.at("/mbo/level").isNull()).isTrue();
    assertThat(back.at("/design/locations").isNull()).as("no box ticked: not known, not an empty list").isTrue();
    assertThat(RouteForm.values(back).get("melding")).containsExactly("");
  }

  @Test
  void noneIsAChoiceOfItsOwnWhereTheFormatHasIt() throws Exception {
    ObjectNode doc = example();
    Map<String, String[]> params = posted(RouteForm.values(doc));
    params.put("agreement", new String[] {"NONE"});
    params.put("melding", new String[] {"NONE"});
    params.put("design.vmboCentralExamRouteYear", new String[] {"NONE"});
    params.put("kind", new String[] {"GLR"});
    params.put("glr.bbFinalExamOffered", new String[] {"false"});
    ObjectNode back = RouteForm.document(params, LOOKUPS).document();
    ObjectNode expected = doc.deepCopy();
    expected.put("agreement", "NONE");
    expected.put("melding", "NONE");
    expected.withObject("/design").put("vmboCentralExamRouteYear", "NONE");
    expected.put("kind", "GLR");
    expected.putObject("glr").put("bbFinalExamOffered", false);
    assertThat(back).isEqualTo(expected);
    Map<String, List<String>> shown = RouteForm.values(back);
    assertThat(shown.get("agreement")).containsExactly("NONE");
    assertThat(shown.get("agreement.management")).containsExactly("");
    assertThat(shown.get("design.vmboCentralExamRouteYear")).containsExactly("NONE");
  }

  @Test
  void aPartSaidToBeThereWithNothingKnownOfItIsAnObjectOfUnknowns() {
    Map<String, String[]> params = new HashMap<>();
    params.put("melding", new String[] {RouteForm.GIVEN});
    params.put("agreement", new String[] {RouteForm.GIVEN});
    ObjectNode doc = RouteForm.document(params, LOOKUPS).document();
    assertThat(doc.get("melding").isObject()).isTrue();
    assertThat(doc.at("/melding/notifiedOn").isNull()).isTrue();
    assertThat(doc.at("/agreement/kind").isNull()).isTrue();
    assertThat(doc.at("/agreement/fundingTransfer").isNull()).isTrue();
    assertThat(doc.get("agreement").propertyNames()).containsExactly("kind", "profielAndRelated", "management", "managementReporting",
        "organisation", "fundingTransfer", "overstapoptie", "businessInvolvement", "disputes", "joiningAndEnding", "participation");
  }

  @Test
  void whatTheFormCannotReadIsNamedAtItsFieldAndKeptAsTyped() throws Exception {
    Map<String, String[]> params = posted(RouteForm.values(example()));
    params.put("design.hours.total", new String[] {"vierduizend"});
    params.put("melding.notifiedOn", new String[] {"1 maart"});
    params.put("firstSchoolYear", new String[] {"2021-2023"});
    params.put("agreement.fundingTransfer.amountEur", new String[] {"veel"});
    RouteForm.Built built = RouteForm.document(params, LOOKUPS);
    assertThat(built.problems()).extracting(FormInput.Problem::path)
        .containsExactlyInAnyOrder("design.hours.total", "melding.notifiedOn", "firstSchoolYear", "agreement.fundingTransfer.amountEur");
    assertThat(built.problems()).filteredOn(p -> p.path().equals("design.hours.total"))
        .singleElement().satisfies(p -> assertThat(p.args()).containsExactly("vierduizend"));
    assertThat(built.document().at("/design/hours/total").asString()).isEqualTo("vierduizend");
    assertThat(built.document().at("/melding/notifiedOn").asString()).isEqualTo("1 maart");
  }

  /** "4.000" uren, "2021/2022", a domain by its name and a qualification chosen with its name are what a Dutch school types. */
  @Test
  void whatADutchSchoolTypesIsReadAsTheFormatWritesIt() throws Exception {
    Map<String, String[]> params = posted(RouteForm.values(example()));
    params.put("design.hours.total", new String[] {"4.000"});
    params.put("design.hours.guided", new String[] {"3 000 uur"});
    params.put("firstSchoolYear", new String[] {"2021/2022"});
    params.put("melding.notifiedOn", new String[] {"1-3-2021"});
    params.put("agreement.fundingTransfer.amountEur", new String[] {"€ 12.500,50"});
    params.put("mbo.domain", new String[] {"media en vormgeving"});
    params.put("mbo.qualifications", new String[] {"25182", "25183 – Patissier"});
    params.put("provider.school.brin", new String[] {"02qz"});
    RouteForm.Built built = RouteForm.document(params, LOOKUPS);
    assertThat(built.problems()).isEmpty();
    ObjectNode doc = built.document();
    assertThat(doc.at("/design/hours/total").asInt()).isEqualTo(4000);
    assertThat(doc.at("/design/hours/guided").asInt()).isEqualTo(3000);
    assertThat(doc.at("/firstSchoolYear").asString()).isEqualTo("2021-2022");
    assertThat(doc.at("/melding/notifiedOn").asString()).isEqualTo("2021-03-01");
    assertThat(doc.at("/agreement/fundingTransfer/amountEur").decimalValue()).isEqualByComparingTo("12500.50");
    assertThat(doc.at("/mbo/domain").asString()).isEqualTo("79040");
    assertThat(FormInput.items(doc.at("/mbo/qualifications"))).containsExactly("25182", "25183");
    assertThat(doc.at("/provider/school/brin").asString()).isEqualTo("02QZ");
  }

  /** No rule of the law names a domain that is none: the form does, with the choices. */
  @Test
  void anUnknownDomainIsNamedAtItsField() throws Exception {
    Map<String, String[]> params = posted(RouteForm.values(example()));
    params.put("mbo.domain", new String[] {"bakkerij"});
    RouteForm.Built built = RouteForm.document(params, LOOKUPS);
    assertThat(built.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("mbo.domain");
      assertThat(p.key()).isEqualTo("form.problem.domain");
    });
    assertThat(built.document().at("/mbo/domain").asString()).isEqualTo("bakkerij");
    params.put("mbo.domain", new String[] {"NONE"});
    assertThat(RouteForm.document(params, LOOKUPS).problems()).isEmpty();
  }

  @Test
  void withoutIdOrPeildatumTheFormSaysSo() {
    RouteForm.Built built = RouteForm.document(Map.of(), LOOKUPS);
    assertThat(built.problems()).extracting(FormInput.Problem::path).containsExactly("id", "asOf");
    assertThat(built.document().get("type").asString()).isEqualTo("route");
  }

  @Test
  void aPathPointsAtTheFieldItIsAbout() {
    assertThat(RouteForm.fieldOf("mbo.level")).isEqualTo("mbo.level");
    assertThat(RouteForm.fieldOf("leerwegen[1]")).isEqualTo("leerwegen");
    assertThat(RouteForm.fieldOf("mbo.qualifications[0]")).isEqualTo("mbo.qualifications");
    assertThat(RouteForm.fieldOf("design.hours")).isEqualTo("design.hours.total");
    assertThat(RouteForm.fieldOf("agreement")).isEqualTo("agreement");
    assertThat(RouteForm.fieldOf("agreement.fundingTransfer")).isEqualTo("agreement.fundingTransfer.agreed");
    assertThat(RouteForm.fieldOf("provider")).isEqualTo("provider.form");
    assertThat(RouteForm.fieldOf("vmbo.sector")).as("a field the form does not show: its part's").isEqualTo("vmbo.profiel");
    assertThat(RouteForm.fieldOf("")).isNull();
    assertThat(RouteForm.fieldOf("route")).isNull();
  }

  /**
   * Every route the rule set's fixtures hold, shown in the form and sent back, is checked as it was: the
   * form loses nothing the rules read, and every finding the law's rules make lands beside a field.
   */
  @Test
  void everyFixtureRouteKeepsItsFindingsThroughTheFormAndEachFindingHasAField() throws Exception {
    List<String> routes;
    try (var files = Files.walk(TestRuleSet.FIXTURES)) {
      routes = files.map(p -> TestRuleSet.FIXTURES.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".json") && !p.endsWith(".expected.json")).map(p -> p.substring(0, p.length() - ".json".length()))
          .filter(name -> "route".equals(TestRuleSet.fixture(name).tree().path("type").asString(""))).sorted().toList();
    }
    assertThat(routes).as("the fixtures hold routes under the law").isNotEmpty();
    Checker checker = new Checker(TestRuleSet.get(), null);
    for (String name : routes) {
      ObjectNode doc = TestRuleSet.fixture(name).tree();
      ObjectNode back = RouteForm.document(posted(RouteForm.values(doc)), LOOKUPS).document();
      Result before = checker.check(Checks.read(Json.MAPPER.writeValueAsBytes(doc), false).get(0));
      Result after = checker.check(Checks.read(Json.MAPPER.writeValueAsBytes(back), false).get(0));
      assertThat(after.verdict()).as(name).isEqualTo(before.verdict());
      assertThat(after.findings()).extracting(Finding::norm, Finding::path, Finding::severity).as(name)
          .containsExactlyElementsOf(before.findings().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.norm(), f.path(), f.severity())).toList());
      for (Finding f : before.findings()) {
        boolean placed = RouteForm.fieldOf(f.path()) != null
            || (f.missingFacts() != null && f.missingFacts().stream().anyMatch(m -> RouteForm.fieldOf(m) != null));
        assertThat(placed).as(name + ": " + f.norm() + " at \"" + f.path() + "\" beside a field").isTrue();
      }
    }
  }

  /** Both languages label every field and every choice of their own; "NONE" never borrows another form's words. */
  @Test
  void everyFieldAndChoiceHasItsWordsInBothLanguages() throws Exception {
    for (String file : List.of("messages.properties", "messages_en.properties")) {
      Properties texts = new Properties();
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
        texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (RouteForm.Group g : RouteForm.GROUPS) {
        assertThat(texts).as(file).containsKey("routeForm.g." + g.key());
        for (RouteForm.Field f : g.fields()) {
          assertThat(texts).as(file).containsKey("routeForm.f." + f.path());
          for (String option : f.options()) {
            if (option.equals("NONE") || f.kind() == RouteForm.Kind.PRESENCE) {
              assertThat(texts).as(file).containsKey("routeForm.o." + f.path() + "." + option);
            }
          }
        }
      }
    }
  }
}
