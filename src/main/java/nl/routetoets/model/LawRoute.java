package nl.routetoets.model;

import java.time.LocalDate;
import java.util.List;
import nl.routetoets.model.Codes.LawRouteKind;
import nl.routetoets.model.Codes.Leerweg;

/**
 * A doorlopende leerroute or geïntegreerde route as two boards offer it under the structural law of
 * 2020 (formats.md §5): there is no application, so this describes the route itself. Null means "not
 * known"; a known absence is {@code "NONE"}.
 */
public record LawRoute(
    String id,
    LocalDate asOf,
    LawRouteKind kind,
    SchoolYear firstSchoolYear,
    LawParts.Provider provider,
    List<Leerweg> leerwegen,
    RouteParts.Vmbo vmbo,
    RouteParts.Mbo mbo,
    RouteParts.Design design,
    LawParts.RouteAgreement agreement,
    LawParts.Melding melding,
    LawParts.Complaints complaints,
    LawParts.Glr glr)
    implements Document {

  @Override
  public String typeName() {
    return "route";
  }
}
