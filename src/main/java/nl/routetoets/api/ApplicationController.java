package nl.routetoets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.dusiworkflow.Views.DecisionRequest;
import nl.routetoets.dusiworkflow.Views.DecisionView;
import nl.routetoets.dusiworkflow.Views.QueueEntry;
import nl.routetoets.dusiworkflow.Views.Recheck;
import nl.routetoets.dusiworkflow.Views.VersionView;
import nl.routetoets.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications and their review. Schools submit and see their own; reviewers see all and decide;
 * auditors read. Another school's application answers 404, exactly like one that does not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/applications", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('SCHOOL', 'REVIEWER', 'AUDITOR')")
class ApplicationController {
  /** Ids are unique per school: the BRIN picks one when an id names applications of several schools the caller sees. */
  private static final String SCHOOL = "The school's BRIN, needed only when the id names applications of several schools";

  private final ApplicationWorkflow workflow;
  private final Bodies bodies;

  ApplicationController(ApplicationWorkflow workflow, Bodies bodies) {
    this.workflow = workflow;
    this.bodies = bodies;
  }

  @Operation(summary = "Submit an application (SCHOOL, for one of its BRINs); stored exactly as received with its check result",
      description = "Body: one application document (application.schema.json). 422 with the errors when it cannot be checked "
          + "(nothing is stored); 409 when the id is taken.")
  @PreAuthorize("hasRole('SCHOOL')")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ApplicationView> submit(
      HttpServletRequest request, Authentication auth,
      @Parameter(description = "The peildatum; overrides the document's asOf") @RequestParam(required = false) LocalDate asOf)
      throws IOException {
    ApplicationView view = workflow.submit(Caller.of(auth), bodies.read(request), asOf);
    return ResponseEntity.created(URI.create("/api/v1/applications/" + view.id() + "?school=" + view.schoolBrin())).body(view);
  }

  @Operation(summary = "The queue: applications with their status and verdict, oldest first (a school sees its own)")
  @GetMapping
  List<QueueEntry> queue(
      Authentication auth,
      @RequestParam(required = false) String startSchoolYear,
      @RequestParam(required = false) String routeType,
      @RequestParam(required = false) String verdict,
      @RequestParam(required = false) String status,
      @Parameter(description = "The school's BRIN") @RequestParam(required = false) String brin) {
    return workflow.queue(Caller.of(auth), startSchoolYear, routeType, verdict, status, brin);
  }

  @Operation(summary = "An application: status, versions, and the current version with its result and decisions")
  @GetMapping("/{id}")
  ApplicationView get(Authentication auth, @PathVariable String id,
      @Parameter(description = SCHOOL) @RequestParam(required = false) String school) {
    return workflow.view(Caller.of(auth), new ApplicationRef(id, school));
  }

  @Operation(summary = "One version with its stored result and decisions")
  @GetMapping("/{id}/versions/{version}")
  VersionView version(Authentication auth, @PathVariable String id, @PathVariable int version,
      @Parameter(description = SCHOOL) @RequestParam(required = false) String school) {
    return workflow.version(Caller.of(auth), new ApplicationRef(id, school), version);
  }

  @Operation(summary = "The document of a version exactly as received (the bytes its sha256 is over)")
  @GetMapping(path = "/{id}/versions/{version}/document", produces = MediaType.APPLICATION_JSON_VALUE)
  byte[] document(Authentication auth, @PathVariable String id, @PathVariable int version,
      @Parameter(description = SCHOOL) @RequestParam(required = false) String school) {
    return workflow.document(Caller.of(auth), new ApplicationRef(id, school), version);
  }

  @Operation(summary = "A new version of a RETURNED application (SCHOOL); earlier versions are kept")
  @PreAuthorize("hasRole('SCHOOL')")
  @PostMapping(path = "/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ApplicationView> newVersion(
      HttpServletRequest request, Authentication auth, @PathVariable String id, @RequestParam(required = false) LocalDate asOf,
      @Parameter(description = SCHOOL) @RequestParam(required = false) String school)
      throws IOException {
    ApplicationView view = workflow.submitVersion(Caller.of(auth), new ApplicationRef(id, school), bodies.read(request), asOf);
    return ResponseEntity.created(URI.create("/api/v1/applications/" + id + "/versions/" + view.currentVersion() + "?school=" + view.schoolBrin())).body(view);
  }

  @Operation(summary = "Decide one route of the current version (REVIEWER): APPROVED, REJECTED or RETURNED, with a motivation",
      description = "Approving a route with VIOLATION findings overrules them: each needs an entry in overrules with a reason. "
          + "The answer holds the receipt: input sha256, rule set, regime and the findings as shown.")
  @PreAuthorize("hasRole('REVIEWER')")
  @PostMapping(path = "/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<DecisionView> decide(
      Authentication auth, @PathVariable String id, @RequestBody DecisionRequest decision,
      @Parameter(description = SCHOOL) @RequestParam(required = false) String school) {
    DecisionView view = workflow.decide(Caller.of(auth), new ApplicationRef(id, school), decision);
    return ResponseEntity.status(201).body(view);
  }

  @Operation(summary = "Check the current version again under the rule set in service; per route what changed since the receipt")
  @GetMapping("/{id}/recheck")
  Recheck recheck(Authentication auth, @PathVariable String id,
      @Parameter(description = SCHOOL) @RequestParam(required = false) String school) {
    return workflow.recheck(Caller.of(auth), new ApplicationRef(id, school));
  }
}
