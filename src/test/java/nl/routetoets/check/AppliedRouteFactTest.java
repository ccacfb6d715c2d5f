package nl.routetoets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.facts.AppliedRouteFact;
import nl.routetoets.facts.RouteFact;
import nl.routetoets.model.Application;
import org.junit.jupiter.api.Test;

/** The route as applied for is read under the rules of the submission (I-18), whatever its start year. */
class AppliedRouteFactTest {
  private static final String LATE = TestRuleSet.fixture(
      "EXP_2015/art15-looptijd/beroepsroute-in-november-2015-aangevraagd-voor-2015-2016-mag-niet").json();

  private static List<Object> facts(String json) throws IOException {
    List<SourcedDocument> docs = new ArrayList<>();
    DocumentReader.readJson("t.json", new StringReader(json), docs::add);
    return ApplicationFactBuilder.facts((Application) docs.get(0).document(), TestRuleSet.get());
  }

  private static <T> T only(List<Object> facts, Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> {
      throw new AssertionError("more than one " + type.getSimpleName());
    }).orElseThrow();
  }

  /** Applied for under D2015 for a start in 2015-2016: a beroepsroute under D2015, no route kind under D2013. */
  @Test
  void aRouteAppliedForUnderD2015ForAStartUnderD2013HasItsKindUnderD2015() throws IOException {
    List<Object> facts = facts(LATE);
    RouteFact route = only(facts, RouteFact.class);
    AppliedRouteFact applied = only(facts, AppliedRouteFact.class);
    assertThat(route.regime()).isEqualTo("EXP_2013");
    assertThat(route.kind()).isNull();
    assertThat(applied.routePath()).isEqualTo(route.path());
    assertThat(applied.kind()).isEqualTo("BR");
    assertThat(applied.technologieroute()).isFalse();
  }

  @Test
  void aTechnologierouteFromTechniekIsOneAsAppliedFor() throws IOException {
    String json = LATE.replace("\"BEROEPSROUTE\"", "\"TECHNOLOGIEROUTE\"").replace("\"ECONOMIE\"", "\"TECHNIEK\"");
    assertThat(only(facts(json), AppliedRouteFact.class).technologieroute()).isTrue();
  }
}
