package nl.routetoets.facts;

import java.time.LocalDate;
import java.util.List;
import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * Who offers a route under the law ({@code provider}); always a fact of a law route, with nulls
 * where the document does not say.
 *
 * @param formKnown derived: the form is one the law names on the peildatum (wet2020.json providerForms); null when the form is unknown
 * @param oneBoard derived: one board offers both parts (AOC, verticale scholengemeenschap), so there is no samenwerkingsovereenkomst
 * @param schoolIsVbo derived: the school offers a beroepsgerichte leerweg or GL (a "school voor vbo", WVO 10b21(1)); null when its leerwegen are unknown
 * @param asOf the peildatum, on which {@code formKnown} is judged
 * @param routeKind the kind of the route it is part of ({@code DLR} or {@code GLR}; null when unknown): so that a rule about one kind
 *     of route tests it here instead of joining the route
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record ProviderFact(
    String path, String routePath, String form, Boolean formKnown, boolean oneBoard, String schoolBrin,
    List<String> schoolLeerwegen, List<String> schoolProfielen, Boolean schoolIsVbo, String institutionBrin, LocalDate asOf,
    String routeKind, String articleText, String regime)
    implements Located, RouteScoped, LawDated {}
