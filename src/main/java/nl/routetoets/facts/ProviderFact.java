package nl.routetoets.facts;

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
 */
public record ProviderFact(
    String path, String routePath, String form, Boolean formKnown, boolean oneBoard, String schoolBrin,
    List<String> schoolLeerwegen, List<String> schoolProfielen, Boolean schoolIsVbo, String institutionBrin, String articleText)
    implements Located, RouteScoped, LawDated {}
