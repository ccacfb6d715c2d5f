package nl.routetoets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.nio.charset.StandardCharsets;
import nl.routetoets.dusiworkflow.Dialogue;
import nl.routetoets.dusiworkflow.Dialogue.VersionDialogue;
import nl.routetoets.dusiworkflow.Drafts.Download;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a school sent with a version beside its document: its answers to the reviewer's questions and
 * its attachments (PDF). Read-only; schools send them from the application form. Whoever may see the
 * application sees them; another school's answers 404, as its application does.
 */
@RestController
@RequestMapping(path = "/api/v1/applications/{id}/versions/{version}")
@PreAuthorize("hasAnyRole('SCHOOL', 'REVIEWER', 'AUDITOR')")
class DialogueController {
  static final String ATTACHMENT = "/api/v1/applications/{id}/versions/{version}/attachments/{attachment}";
  private static final String SCHOOL = "The school's BRIN, needed only when the id names applications of several schools the caller sees";

  private final Dialogue dialogue;

  DialogueController(Dialogue dialogue) {
    this.dialogue = dialogue;
  }

  @Operation(summary = "The school's answers to the reviewer's questions and the attachments (without their bytes) sent with a version",
      description = "answers: per route, the question (the motivation of the decision that returned or rejected the route in version "
          + "askedIn) and the school's answer. attachments: id, kind (SAMENWERKINGSOVEREENKOMST, PROJECTPLAN, OVERIG), filename, size "
          + "in bytes, sha256, who added it and when. Neither is part of the application document.")
  @GetMapping(path = "/dialogue", produces = MediaType.APPLICATION_JSON_VALUE)
  VersionDialogue dialogue(Authentication auth, @PathVariable String id, @PathVariable int version,
      @Parameter(description = SCHOOL) @RequestParam(required = false) String school) {
    return dialogue.of(Caller.of(auth), new ApplicationRef(id, school), version);
  }

  @Operation(summary = "An attachment of a version: the PDF exactly as it was added, as a download (Content-Disposition: attachment)")
  @GetMapping(path = "/attachments/{attachment}", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
  ResponseEntity<byte[]> attachment(Authentication auth, @PathVariable String id, @PathVariable int version,
      @PathVariable long attachment, @Parameter(description = SCHOOL) @RequestParam(required = false) String school) {
    Download d = dialogue.attachment(Caller.of(auth), new ApplicationRef(id, school), version, attachment);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.filename(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'")
        .cacheControl(CacheControl.noStore().cachePrivate())
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(d.content());
  }
}
