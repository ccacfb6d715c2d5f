package nl.routetoets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.routetoets.dusiworkflow.LawRoutes;
import nl.routetoets.dusiworkflow.Views.LawRouteEntry;
import nl.routetoets.dusiworkflow.Views.LawRouteRef;
import nl.routetoets.dusiworkflow.Views.LawRouteVersionView;
import nl.routetoets.dusiworkflow.Views.LawRouteView;
import nl.routetoets.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Routes under the structural law of 2020 (formats.md §5). Schools record the routes they offer and see
 * their own; reviewers and auditors read all. There is no application and no decision under the law.
 * Another school's route answers 404, exactly like one that does not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/routes", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('SCHOOL', 'REVIEWER', 'AUDITOR')")
class LawRouteController {
  /** Ids are unique per school: the BRIN picks one when an id names routes of several schools the caller sees. */
  private static final String SCHOOL = "The school's BRIN, needed only when the id names routes of several schools";
  private static final String AS_OF = "The peildatum of the check; overrides the document's asOf. Without either the route is refused.";

  private final LawRoutes routes;
  private final Bodies bodies;

  LawRouteController(LawRoutes routes, Bodies bodies) {
    this.routes = routes;
    this.bodies = bodies;
  }

  @Operation(summary = "Record a route under the law (SCHOOL, for a provider.school.brin of its own); stored exactly as received "
      + "with its check result",
      description = "Body: one route document (route.schema.json). 422 with the errors when it cannot be checked (nothing is "
          + "stored); 403 when provider.school.brin is not one of the account's BRINs; 409 when the school already has a route "
          + "with this id (a changed route is a new version).")
  @PreAuthorize("hasRole('SCHOOL')")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<LawRouteView> record(
      HttpServletRequest request, Authentication auth, @Parameter(description = AS_OF) @RequestParam(required = false) LocalDate asOf)
      throws IOException {
    LawRouteView view = routes.record(Caller.of(auth), bodies.read(request), asOf);
    return ResponseEntity.created(URI.create("/api/v1/routes/" + view.id() + "?school=" + view.schoolBrin())).body(view);
  }

  @Operation(summary = "The routes under the law, oldest first, with the verdict of their newest version (a school sees its own)")
  @GetMapping
  List<LawRouteEntry> list(
      Authentication auth,
      @Parameter(description = "DLR or GLR") @RequestParam(required = false) String kind,
      @Parameter(description = "The school year of the first cohort, e.g. 2021-2022") @RequestParam(required = false) String firstSchoolYear,
      @RequestParam(required = false) String verdict,
      @Parameter(description = "The BRIN of the school or of the mbo institution") @RequestParam(required = false) String brin) {
    return routes.list(Caller.of(auth), kind, firstSchoolYear, verdict, brin);
  }

  @Operation(summary = "A route: its versions, and the newest version's document with its check result")
  @GetMapping("/{id}")
  LawRouteView get(Authentication auth, @PathVariable String id,
      @Parameter(description = SCHOOL) @RequestParam(required = false) String school) {
    return routes.view(Caller.of(auth), new LawRouteRef(id, school));
  }

  @Operation(summary = "One version of a route with its document and stored check result")
  @GetMapping("/{id}/versions/{version}")
  LawRouteVersionView version(Authentication auth, @PathVariable String id, @PathVariable int version,
      @Parameter(description = SCHOOL) @RequestParam(required = false) String school) {
    return routes.version(Caller.of(auth), new LawRouteRef(id, school), version);
  }

  @Operation(summary = "The document of a version exactly as received (the bytes its sha256 is over)")
  @GetMapping(path = "/{id}/versions/{version}/document", produces = MediaType.APPLICATION_JSON_VALUE)
  byte[] document(Authentication auth, @PathVariable String id, @PathVariable int version,
      @Parameter(description = SCHOOL) @RequestParam(required = false) String school) {
    return routes.document(Caller.of(auth), new LawRouteRef(id, school), version);
  }

  @Operation(summary = "A new version of a route (SCHOOL, its own): same id and school; earlier versions are kept, and "
      + "trajectories referring to the route meet the newest")
  @PreAuthorize("hasRole('SCHOOL')")
  @PostMapping(path = "/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<LawRouteView> newVersion(
      HttpServletRequest request, Authentication auth, @PathVariable String id,
      @Parameter(description = AS_OF) @RequestParam(required = false) LocalDate asOf,
      @Parameter(description = SCHOOL) @RequestParam(required = false) String school)
      throws IOException {
    LawRouteView view = routes.recordVersion(Caller.of(auth), new LawRouteRef(id, school), bodies.read(request), asOf);
    return ResponseEntity.created(URI.create("/api/v1/routes/" + id + "/versions/" + view.currentVersion() + "?school="
        + view.schoolBrin())).body(view);
  }
}
