package nl.routetoets.dusiworkflow;

import java.util.List;
import nl.routetoets.dusiworkflow.Drafts.AttachmentView;
import nl.routetoets.dusiworkflow.Drafts.Download;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.persistence.ApplicationStore;
import nl.routetoets.persistence.ApplicationStore.ApplicationRow;
import nl.routetoets.persistence.ApplicationStore.VersionRow;
import nl.routetoets.persistence.DialogueStore;
import nl.routetoets.persistence.DialogueStore.AnswerRow;
import nl.routetoets.persistence.DialogueStore.AttachmentRow;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import org.springframework.stereotype.Service;

/**
 * What a school sent with a version beside its document: its answers to the reviewer's questions and
 * its attachments. Whoever may see the application sees them (the school its own, reviewers and
 * auditors all); to anyone else they do not exist. Nothing here changes them.
 */
@Service
public class Dialogue {
  /** The school's answer to the question asked on a route in version {@code askedIn}. */
  public record Answer(String routeId, int askedIn, String question, String answer) {}

  /** The answers and attachments of one version. */
  public record VersionDialogue(String id, String schoolBrin, int version, List<Answer> answers, List<AttachmentView> attachments) {
    public boolean isEmpty() {
      return answers.isEmpty() && attachments.isEmpty();
    }
  }

  private final ApplicationWorkflow workflow;
  private final ApplicationStore applications;
  private final DialogueStore dialogue;

  public Dialogue(ApplicationWorkflow workflow, ApplicationStore applications, DialogueStore dialogue) {
    this.workflow = workflow;
    this.applications = applications;
    this.dialogue = dialogue;
  }

  public VersionDialogue of(Caller caller, ApplicationRef ref, int version) {
    Seen seen = version(caller, ref, version);
    return new VersionDialogue(seen.app().id(), seen.app().schoolBrin(), version,
        dialogue.answers(seen.version().id()).stream().map(Dialogue::answer).toList(),
        dialogue.ofVersion(seen.version().id()).stream().map(AttachmentView::of).toList());
  }

  /** Every version's answers and attachments, newest version first, leaving out versions that had none. */
  public List<VersionDialogue> all(Caller caller, ApplicationRef ref) {
    ApplicationView app = workflow.view(caller, ref);
    return app.versions().stream().sorted(java.util.Comparator.reverseOrder())
        .map(v -> of(caller, new ApplicationRef(app.id(), app.schoolBrin()), v)).filter(d -> !d.isEmpty()).toList();
  }

  /** An attachment of a version, to download. */
  public Download attachment(Caller caller, ApplicationRef ref, int version, long attachmentId) {
    VersionRow v = version(caller, ref, version).version();
    AttachmentRow a = dialogue.attachment(attachmentId).filter(r -> r.versionId() != null && r.versionId() == v.id())
        .orElseThrow(() -> Refused.notFound("version " + version + " of application " + ref.id() + " has no attachment " + attachmentId));
    return new Download(a.filename(), dialogue.content(a.id()), a.sha256());
  }

  private record Seen(ApplicationView app, VersionRow version) {}

  private Seen version(Caller caller, ApplicationRef ref, int version) {
    ApplicationView app = workflow.view(caller, ref); // the caller's visibility: another school's application is not found
    ApplicationRow row = applications.find(app.schoolBrin(), app.id()).orElseThrow();
    return new Seen(app, applications.version(row.id(), version)
        .orElseThrow(() -> Refused.notFound("application " + app.id() + " has no version " + version)));
  }

  private static Answer answer(AnswerRow a) {
    return new Answer(a.routeId(), a.askedIn(), a.question(), a.answer());
  }
}
