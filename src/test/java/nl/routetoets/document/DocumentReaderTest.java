package nl.routetoets.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.model.Application;
import nl.routetoets.model.Codes;
import nl.routetoets.model.InputError;
import nl.routetoets.model.LawRoute;
import nl.routetoets.model.Trajectory;
import org.junit.jupiter.api.Test;

/** Bad input is named by file, line, JSON path and problem; good input comes through whole. */
class DocumentReaderTest {
  private static final String ROUTE = "{\"routeId\":\"R1\",\"mbo\":{\"level\":2}}";

  private static List<SourcedDocument> json(String text) throws IOException {
    List<SourcedDocument> out = new ArrayList<>();
    DocumentReader.readJson("doc.json", new StringReader(text), out::add);
    return out;
  }

  private static InputError onlyError(String text) throws IOException {
    List<SourcedDocument> docs = json(text);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).errors()).hasSize(1);
    return docs.get(0).errors().get(0);
  }

  @Test
  void readsAnApplicationWithItsRoutes() throws IOException {
    List<SourcedDocument> docs = json("{\"type\":\"application\",\"id\":\"A\",\"startSchoolYear\":\"2016-2017\",\"routes\":[" + ROUTE + "]}");
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.valid()).isTrue();
      Application app = (Application) d.document();
      assertThat(app.startSchoolYear().firstDay()).hasToString("2016-08-01");
      assertThat(app.routes().get(0).mbo().level()).isEqualTo(2);
    });
  }

  @Test
  void anUnknownFieldIsAnErrorNamingItsPath() throws IOException {
    InputError e = onlyError("{\"type\":\"application\",\"id\":\"A\",\"routes\":[{\"routeId\":\"R1\",\"mbo\":{\"levle\":2}}]}");
    assertThat(e.path()).isEqualTo("routes[0].mbo.levle");
    assertThat(e.problem()).isEqualTo("unknown field \"levle\"");
    assertThat(e.file()).isEqualTo("doc.json");
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() throws IOException {
    InputError e = onlyError("{\"type\":\"application\",\"id\":\"A\",\"routes\":[{\"routeId\":\"R1\",\"mbo\":{\"level\":\"twee\"}}]}");
    assertThat(e.path()).isEqualTo("routes[0].mbo.level");
    assertThat(e.problem()).contains("whole number");
  }

  @Test
  void anImpossibleDateIsNamed() throws IOException {
    InputError e = onlyError("{\"type\":\"application\",\"id\":\"A\",\"decidedOn\":\"2016-02-30\",\"routes\":[" + ROUTE + "]}");
    assertThat(e.path()).isEqualTo("decidedOn");
    assertThat(e.problem()).contains("impossible date");
  }

  @Test
  void aSchoolYearMustBeTwoConsecutiveYears() throws IOException {
    InputError e = onlyError("{\"type\":\"application\",\"id\":\"A\",\"startSchoolYear\":\"2016-2018\",\"routes\":[" + ROUTE + "]}");
    assertThat(e.path()).isEqualTo("startSchoolYear");
    assertThat(e.problem()).isEqualTo("school year \"2016-2018\" is not two consecutive years");
  }

  @Test
  void anUnknownEnumValueListsTheAllowedOnes() throws IOException {
    InputError e = onlyError("{\"type\":\"application\",\"id\":\"A\",\"routes\":[{\"routeId\":\"R1\",\"routeType\":\"SNELROUTE\"}]}");
    assertThat(e.path()).isEqualTo("routes[0].routeType");
    assertThat(e.problem()).contains("\"SNELROUTE\" is not one of VAKMANSCHAPSROUTE, BEROEPSROUTE, TECHNOLOGIEROUTE");
  }

  /** The law writes "vakmanschaproute"; the format's value keeps the s, and the error says which to write. */
  @Test
  void theLegalSpellingOfTheVakmanschaprouteIsRefusedWithTheFormatsSpelling() throws IOException {
    InputError e = onlyError("{\"type\":\"application\",\"id\":\"A\",\"routes\":[{\"routeId\":\"R1\",\"routeType\":\"VAKMANSCHAPROUTE\"}]}");
    assertThat(e.path()).isEqualTo("routes[0].routeType");
    assertThat(e.problem()).contains("\"VAKMANSCHAPROUTE\" is not one of").contains("write \"VAKMANSCHAPSROUTE\"");
    InputError t = onlyError("{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"routeType\":\"vakmanschaproute\"}}");
    assertThat(t.path()).isEqualTo("route.routeType");
    assertThat(t.problem()).contains("write \"VAKMANSCHAPSROUTE\"");
  }

  @Test
  void aRouteYearMustFollowTheSchoolYears() throws IOException {
    InputError e = onlyError("{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"routeType\":\"BEROEPSROUTE\"},\"years\":["
        + "{\"schoolYear\":\"2016-2017\",\"routeYear\":1},{\"schoolYear\":\"2017-2018\",\"routeYear\":3}]}");
    assertThat(e.path()).isEqualTo("years[1].routeYear");
    assertThat(e.problem()).contains("does not match school year 2017-2018");
  }

  @Test
  void schoolYearsMustBeConsecutive() throws IOException {
    InputError e = onlyError("{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"routeType\":\"BEROEPSROUTE\"},\"years\":["
        + "{\"schoolYear\":\"2016-2017\",\"routeYear\":1},{\"schoolYear\":\"2018-2019\",\"routeYear\":2}]}");
    assertThat(e.path()).isEqualTo("years[1].schoolYear");
  }

  @Test
  void aMissingOrUnknownTypeIsNamed() throws IOException {
    assertThat(onlyError("{\"id\":\"A\"}").problem()).startsWith("missing \"type\"");
    assertThat(onlyError("{\"type\":\"aanvraag\",\"id\":\"A\"}").problem()).startsWith("unknown document type \"aanvraag\"");
  }

  @Test
  void aBundleGivesItsDocumentsOneByOneAndABadOneDoesNotSpoilTheOthers() throws IOException {
    List<SourcedDocument> docs = json("{\"type\":\"bundle\",\"asOf\":\"2019-08-01\",\"documents\":["
        + "{\"type\":\"application\",\"id\":\"A\",\"routes\":[" + ROUTE + "]},"
        + "{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"ref\":{\"applicationId\":\"A\",\"routeId\":\"R1\"}},\"extra\":1}]}");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).valid()).isTrue();
    assertThat(docs.get(0).bundleAsOf()).hasToString("2019-08-01");
    assertThat(docs.get(1).errors()).extracting(InputError::path).containsExactly("documents[1].extra");
  }

  @Test
  void jsonLinesGoOnAfterABadLineAndCountLinesFromOne() {
    String stream = "{\"type\":\"trajectory\",\"id\":\"S1\",\"route\":{\"routeType\":\"BEROEPSROUTE\"}}\n"
        + "{not json\n"
        + "\n"
        + "{\"type\":\"trajectory\",\"id\":\"S2\",\"route\":{\"routeType\":\"BEROEPSROUTE\"}}\n";
    List<SourcedDocument> docs = new ArrayList<>();
    DocumentReader.readJsonLines("s.jsonl", new StringReader(stream)).forEachRemaining(docs::add);
    assertThat(docs).extracting(SourcedDocument::line).containsExactly(1, 2, 4);
    assertThat(docs.get(0).document()).isInstanceOf(Trajectory.class);
    assertThat(docs.get(1).errors().get(0).problem()).startsWith("not valid JSON");
    assertThat(docs.get(1).errors().get(0).toString()).startsWith("s.jsonl:2: not valid JSON");
    assertThat(docs.get(2).valid()).isTrue();
  }

  private static final String LAW_ROUTE = "{\"type\":\"route\",\"id\":\"DLR-1\",\"kind\":\"DLR\"";

  @Test
  void readsARouteUnderTheLawWithItsKnownAbsences() throws IOException {
    List<SourcedDocument> docs = json(LAW_ROUTE + ",\"agreement\":\"NONE\",\"melding\":\"NONE\",\"mbo\":{\"level\":2,\"programmeYears\":1,"
        + "\"domain\":\"NONE\"},\"design\":{\"years\":2,\"vmboCentralExamRouteYear\":\"NONE\"}}");
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.valid()).isTrue();
      LawRoute route = (LawRoute) d.document();
      assertThat(route.kind()).isEqualTo(Codes.LawRouteKind.DLR);
      assertThat(route.agreement().none()).isTrue();
      assertThat(route.melding().none()).isTrue();
      assertThat(route.design().vmboCentralExamRouteYear().none()).isTrue();
      assertThat(route.mbo().programmeYears()).isEqualTo(1);
    });
  }

  @Test
  void aRouteWithoutItsKindIsNamed() throws IOException {
    InputError e = onlyError("{\"type\":\"route\",\"id\":\"DLR-1\"}");
    assertThat(e.path()).isEqualTo("kind");
    assertThat(e.problem()).contains("\"kind\"").contains("DLR or GLR");
  }

  /** "NONE" is the one word for a known absence; a Dutch or lower-case one is refused, and the error says what to write. */
  @Test
  void aKnownAbsenceIsNoneAndTheErrorSaysSo() throws IOException {
    InputError agreement = onlyError(LAW_ROUTE + ",\"agreement\":\"GEEN\"}");
    assertThat(agreement.path()).isEqualTo("agreement");
    assertThat(agreement.problem()).isEqualTo("expected an object or \"NONE\", not \"GEEN\"");
    InputError melding = onlyError(LAW_ROUTE + ",\"melding\":true}");
    assertThat(melding.path()).isEqualTo("melding");
    assertThat(melding.problem()).contains("an object or \"NONE\"");
    InputError examYear = onlyError(LAW_ROUTE + ",\"design\":{\"vmboCentralExamRouteYear\":\"none\"}}");
    assertThat(examYear.path()).isEqualTo("design.vmboCentralExamRouteYear");
    assertThat(examYear.problem()).contains("a route year").contains("\"NONE\"");
    InputError agreedOn = onlyError("{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"ref\":{\"route\":\"DLR-1\"}},\"mboAgreementOn\":\"GEEN\"}");
    assertThat(agreedOn.path()).isEqualTo("mboAgreementOn");
    assertThat(agreedOn.problem()).contains("a date (YYYY-MM-DD) or \"NONE\"");
    InputError impossible = onlyError("{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"ref\":{\"route\":\"DLR-1\"}},\"mboAgreementOn\":\"2022-02-30\"}");
    assertThat(impossible.problem()).startsWith("impossible date \"2022-02-30\"");
  }

  @Test
  void aProgrammeLengthAndASittingOutOfRangeAreNamed() throws IOException {
    InputError years = onlyError(LAW_ROUTE + ",\"mbo\":{\"programmeYears\":4}}");
    assertThat(years.path()).isEqualTo("mbo.programmeYears");
    assertThat(years.problem()).isEqualTo("4 is not between 1 and 3");
    InputError sitting = onlyError("{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"ref\":{\"route\":\"DLR-1\"}},"
        + "\"exams\":[{\"part\":\"VMBO_CE\",\"subjects\":[\"NEDERLANDS\"],\"sitting\":4}]}");
    assertThat(sitting.path()).isEqualTo("exams[0].sitting");
    assertThat(sitting.problem()).isEqualTo("4 is not between 1 and 3");
  }

  /** Experiment and law do not mix: the error names the field and says which kind of route it belongs to. */
  @Test
  void experimentAndLawFieldsInOneRouteAreNamedWithTheKindTheyBelongTo() throws IOException {
    InputError approval = onlyError("{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"kind\":\"DLR\",\"approval\":{\"applicationId\":\"A\"}}}");
    assertThat(approval.path()).isEqualTo("route.approval");
    assertThat(approval.problem()).contains("belongs to an experiment route").contains("\"kind\"");
    InputError provider = onlyError("{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"routeType\":\"BEROEPSROUTE\",\"provider\":{}}}");
    assertThat(provider.path()).isEqualTo("route.provider");
    assertThat(provider.problem()).contains("belongs to a route under the law");
    InputError teams = onlyError("{\"type\":\"application\",\"id\":\"A\",\"routes\":[{\"routeId\":\"R1\",\"design\":{\"teams\":{}}}]}");
    assertThat(teams.path()).isEqualTo("routes[0].design.teams");
    assertThat(teams.problem()).contains("belongs to a route under the law").contains("\"route\" document");
    InputError sector = onlyError(LAW_ROUTE + ",\"vmbo\":{\"sector\":\"TECHNIEK\"}}");
    assertThat(sector.path()).isEqualTo("vmbo.sector");
    assertThat(sector.problem()).contains("\"profiel\" only");
    InputError routeType = onlyError(LAW_ROUTE + ",\"routeType\":\"BEROEPSROUTE\"}");
    assertThat(routeType.path()).isEqualTo("routeType");
    assertThat(routeType.problem()).isEqualTo("unknown field \"routeType\"");
  }

  @Test
  void aReferenceNamesAnApplicationsRouteOrARouteDocumentNotBoth() throws IOException {
    InputError both = onlyError("{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"ref\":{\"route\":\"DLR-1\",\"applicationId\":\"A\",\"routeId\":\"R1\"}}}");
    assertThat(both.path()).isEqualTo("route.ref");
    assertThat(both.problem()).contains("not both");
    List<SourcedDocument> docs = json("{\"type\":\"bundle\",\"documents\":[" + LAW_ROUTE + "},"
        + "{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"ref\":{\"route\":\"DLR-1\"}}}]}");
    assertThat(docs).allSatisfy(d -> assertThat(d.valid()).isTrue());
    assertThat(((Trajectory) docs.get(1).document()).route().ref().route()).isEqualTo("DLR-1");
  }

  @Test
  void anUnknownTypeListsRouteAmongTheTypes() throws IOException {
    assertThat(onlyError("{\"type\":\"leerroute\",\"id\":\"A\"}").problem())
        .isEqualTo("unknown document type \"leerroute\": expected \"application\", \"trajectory\", \"route\" or \"bundle\"");
  }

  @Test
  void aRouteIsEitherARefOrInline() throws IOException {
    InputError e = onlyError("{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"ref\":{\"applicationId\":\"A\",\"routeId\":\"R1\"},\"routeType\":\"BEROEPSROUTE\"}}");
    assertThat(e.path()).isEqualTo("route");
  }
}
