package nl.routetoets.dusiworkflow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.security.Caller;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * When an application sent from the school's form counts as submitted. The moment is not the school's
 * to type: it is the moment the service receives the application, electronically. A check before
 * submitting counts with the moment of the check; a new version of a returned application keeps the
 * moment its application was first received. (The API takes {@code submittedAt} as the document says,
 * formats.md §1: this is only the form's.)
 */
@Component
public class FormReceipt {
  private final ApplicationWorkflow workflow;
  private final Checks checks;
  private final Clock clock;

  public FormReceipt(ApplicationWorkflow workflow, Checks checks, Clock clock) {
    this.workflow = workflow;
    this.checks = checks;
    this.clock = clock;
  }

  /**
   * Now, to the second; for a new version of the application {@code versionOf}, the moment its first
   * version was received (as that version records it, else when the service stored it; interpretations.md I-91).
   */
  public OffsetDateTime moment(Caller caller, ApplicationRef versionOf) {
    if (versionOf == null) {
      return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
    var view = workflow.view(caller, versionOf);
    JsonNode first = Json.MAPPER.readTree(workflow.document(caller, new ApplicationRef(view.id(), view.schoolBrin()), 1));
    try {
      return OffsetDateTime.parse(first.path("submittedAt").asString());
    } catch (RuntimeException e) {
      return view.createdAt();
    }
  }

  /** A copy of the application as the service receives it at this moment: electronically, in the rule set's zone. */
  public ObjectNode received(ObjectNode doc, OffsetDateTime moment) {
    ObjectNode copy = doc.deepCopy();
    copy.put("submittedAt", moment.atZoneSameInstant(zone()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    copy.put("submissionChannel", "ELECTRONIC");
    return copy;
  }

  private ZoneId zone() {
    return checks.live().current().parameters().timeZone();
  }
}
