package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import nl.routetoets.TestRuleSet;
import nl.routetoets.model.Codes.RouteType;
import nl.routetoets.model.Codes.Sector;
import nl.routetoets.model.RouteParts.Vmbo;
import org.junit.jupiter.api.Test;

/** interpretations.md I-05: a route called technologieroute is one only from techniek or landbouw (or their profielen). */
class TechnologierouteDerivationTest {
  private final Derivations derive = TestRuleSet.get().derivations();

  @Test
  void aTechnologierouteFromATechnicalSectorOrProfielIsOne() {
    assertThat(derive.technologieroute(RouteType.TECHNOLOGIEROUTE, new Vmbo(Sector.TECHNIEK, null, null))).isTrue();
    assertThat(derive.technologieroute(RouteType.TECHNOLOGIEROUTE, new Vmbo(Sector.LANDBOUW, null, null))).isTrue();
    assertThat(derive.technologieroute(RouteType.TECHNOLOGIEROUTE, new Vmbo(null, "PIE", null))).isTrue();
  }

  @Test
  void aTechnologierouteFromAnotherSectorOrProfielIsABeroepsroute() {
    assertThat(derive.technologieroute(RouteType.TECHNOLOGIEROUTE, new Vmbo(Sector.ECONOMIE, null, null))).isFalse();
    assertThat(derive.technologieroute(RouteType.TECHNOLOGIEROUTE, new Vmbo(null, "Z&W", null))).isFalse();
  }

  /** Not known to lie outside techniek and landbouw: the label stands (art. 2 asks for the sector as REVIEW). */
  @Test
  void aTechnologierouteWithoutAKnownSectorOrProfielKeepsItsName() {
    assertThat(derive.technologieroute(RouteType.TECHNOLOGIEROUTE, null)).isTrue();
    assertThat(derive.technologieroute(RouteType.TECHNOLOGIEROUTE, new Vmbo(null, null, null))).isTrue();
  }

  @Test
  void onlyARouteCalledTechnologierouteIsOne() {
    assertThat(derive.technologieroute(RouteType.BEROEPSROUTE, new Vmbo(Sector.TECHNIEK, null, null))).isFalse();
    assertThat(derive.technologieroute(null, new Vmbo(Sector.TECHNIEK, null, null))).isFalse();
  }
}
