package nl.routetoets.facts;

import java.util.List;
import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * The vmbo profiel of a route under the law ({@code vmbo.profiel}, WVO 10b10(4)).
 *
 * @param known derived: the code is a vmbo profiel of the reference data or a TL profiel; null when not given
 * @param offeredAtSchool derived: the school lists it among its profielen ({@code provider.school.profielen}); null when either is unknown
 * @param schoolProfielen the profielen the school lists ({@code provider.school.profielen}), which a finding about the profiel names
 *
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record ProfielFact(
    String path, String routePath, String profiel, Boolean known, Boolean offeredAtSchool, List<String> schoolProfielen, String articleText,
    String regime)
    implements Located, RouteScoped, LawDated {}
