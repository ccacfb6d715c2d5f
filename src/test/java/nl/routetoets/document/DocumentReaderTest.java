package nl.routetoets.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.model.Application;
import nl.routetoets.model.InputError;
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

  @Test
  void aRouteIsEitherARefOrInline() throws IOException {
    InputError e = onlyError("{\"type\":\"trajectory\",\"id\":\"S\",\"route\":{\"ref\":{\"applicationId\":\"A\",\"routeId\":\"R1\"},\"routeType\":\"BEROEPSROUTE\"}}");
    assertThat(e.path()).isEqualTo("route");
  }
}
