package nl.routetoets.web;

import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A version of an application exactly as it was sent, for whoever may see the application (another school: 404). */
@Controller
class ApplicationDocuments {
  private final ApplicationWorkflow workflow;

  ApplicationDocuments(ApplicationWorkflow workflow) {
    this.workflow = workflow;
  }

  @GetMapping("/applications/{id}/versions/{version}/document")
  ResponseEntity<byte[]> document(
      Authentication auth, @PathVariable String id, @PathVariable int version, @RequestParam(required = false) String school) {
    byte[] doc = workflow.document(Caller.of(auth), new ApplicationRef(id, school), version);
    String name = id.replaceAll("[^A-Za-z0-9._-]", "_") + "-v" + version + ".json";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .contentType(MediaType.APPLICATION_JSON).body(doc);
  }
}
