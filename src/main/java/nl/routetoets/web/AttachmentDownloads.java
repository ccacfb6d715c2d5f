package nl.routetoets.web;

import nl.routetoets.dusiworkflow.Dialogue;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An attachment of a version, for whoever may see the application (the school its own, reviewers and
 * auditors all; anyone else: 404), only ever as a download.
 */
@Controller
@PreAuthorize("hasAnyRole('SCHOOL', 'REVIEWER', 'AUDITOR')")
class AttachmentDownloads {
  private final Dialogue dialogue;

  AttachmentDownloads(Dialogue dialogue) {
    this.dialogue = dialogue;
  }

  @GetMapping("/applications/{id}/versions/{version}/attachments/{attachment}")
  ResponseEntity<byte[]> attachment(Authentication auth, @PathVariable String id, @PathVariable int version,
      @PathVariable long attachment, @RequestParam(required = false) String school) {
    return DraftForms.download(dialogue.attachment(Caller.of(auth), new ApplicationRef(id, school), version, attachment));
  }
}
