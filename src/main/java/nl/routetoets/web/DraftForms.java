package nl.routetoets.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.routetoets.dusiworkflow.Attachments;
import nl.routetoets.dusiworkflow.Drafts;
import nl.routetoets.dusiworkflow.Drafts.DraftView;
import nl.routetoets.dusiworkflow.Drafts.Download;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.model.InputError;
import nl.routetoets.persistence.AttachmentKind;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What the school's forms do with their drafts, shared by the application form ({@link SchoolPages}),
 * the plan of a route ({@link RoutePlanPages}) and the drafts' own pages ({@link DraftPages}): the answers
 * and attachment a form sends, the step from "submit" to the confirmation, what a draft's page shows,
 * and how an attachment is served.
 */
final class DraftForms {
  /** A form field {@code answer.R2} holds the school's answer to the reviewer's question on route R2. */
  static final String ANSWER = "answer.";

  private DraftForms() {}

  /** The answers a form sends, by route id. */
  static Map<String, String> answers(Map<String, String[]> params) {
    Map<String, String> answers = new LinkedHashMap<>();
    params.forEach((name, values) -> {
      if (name.startsWith(ANSWER) && name.length() > ANSWER.length() && values.length > 0) {
        answers.put(name.substring(ANSWER.length()), values[0]);
      }
    });
    return answers;
  }

  /**
   * Stores the file a form sends as an attachment of the draft; true when there was none or it is
   * stored, false (with the reason, in the page's language, for the draft's page) when it is refused.
   * The size is looked at before the file is read.
   */
  static boolean attach(Drafts drafts, Caller caller, long draftId, String kind, MultipartFile file, MessageSource messages,
      Locale locale, RedirectAttributes redirect) throws IOException {
    if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
      return true; // no file chosen
    }
    AttachmentKind parsed = kind == null ? null : java.util.Arrays.stream(AttachmentKind.values())
        .filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    String problem = null;
    if (parsed == null) {
      problem = messages.getMessage("attachment.err.kind", null, locale);
    } else if (file.getSize() > drafts.maxAttachmentBytes()) {
      problem = messages.getMessage("attachment.err.TOO_LARGE", new Object[] {megabytes(drafts.maxAttachmentBytes())}, locale);
    } else {
      byte[] content = file.getBytes();
      int count = drafts.open(caller, draftId).attachments().size();
      Attachments.Problem p = Attachments.problem(content, drafts.maxAttachmentBytes(), count);
      if (p != null) {
        problem = messages.getMessage("attachment.err." + p.name(),
            new Object[] {p == Attachments.Problem.TOO_MANY ? Attachments.MAX_PER_VERSION : megabytes(drafts.maxAttachmentBytes())}, locale);
      } else {
        drafts.attach(caller, draftId, parsed, file.getOriginalFilename(), content);
        redirect.addFlashAttribute("attached", Attachments.filename(file.getOriginalFilename()));
        return true;
      }
    }
    redirect.addFlashAttribute("attachmentError", problem);
    redirect.addFlashAttribute("attachmentName", file.getOriginalFilename());
    redirect.addFlashAttribute("attachmentKind", kind);
    return false;
  }

  /** A size limit as the pages say it: in whole megabytes when it is whole, else with one decimal. */
  static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
  }

  /**
   * "Submit": a draft whose check shows violations goes to the confirmation page first; else it is
   * submitted at once. A draft that could not be checked is sent to the workflow, which refuses it and says why.
   */
  static RedirectView submitOrConfirm(Drafts drafts, Caller caller, long id, MessageSource messages, Locale locale,
      RedirectAttributes redirect) {
    DraftView d = drafts.open(caller, id);
    if (d.problems() != null && !d.problems().isEmpty()) {
      // what the form could not read is not sent: the school corrects it first (all of it is listed at the top)
      redirect.addFlashAttribute("submitError", messages.getMessage("check.refused.form", null, locale));
      return seeOther("/school/check/drafts/" + id);
    }
    if (d.violations() > 0) {
      return seeOther("/school/check/drafts/" + id + "/confirm");
    }
    return submit(drafts, caller, d.id(), d.revision(), messages, locale, redirect);
  }

  /**
   * Submits the draft as saved at {@code revision}; a refusal goes back to the draft's page, said in the
   * page's language (the workflow's own detail is English, for the API) and beside the fields it names.
   */
  static RedirectView submit(Drafts drafts, Caller caller, long id, int revision, MessageSource messages, Locale locale,
      RedirectAttributes redirect) {
    ApplicationView view;
    try {
      view = drafts.submit(caller, id, revision);
    } catch (Refused e) {
      if (e.kind() == Refused.Kind.NOT_FOUND) {
        throw e;
      }
      redirect.addFlashAttribute("submitError", refusal(e, caller, drafts.open(caller, id), messages, locale));
      Map<String, String> errors = new LinkedHashMap<>();
      for (InputError err : e.errors()) {
        if ("revision".equals(err.path()) || "form".equals(err.path())) {
          continue; // said at the top, not at a field
        }
        errors.putIfAbsent(err.path() == null ? "" : err.path(), err.problem());
      }
      redirect.addFlashAttribute("submitErrors", errors);
      return seeOther("/school/check/drafts/" + id);
    }
    redirect.addFlashAttribute("submitted", view.currentVersion());
    return seeOther("/school/applications/" + view.id() + "?school=" + view.schoolBrin());
  }

  /** Why the workflow refused a draft's submission, in the page's language. */
  private static String refusal(Refused e, Caller caller, DraftView d, MessageSource messages, Locale locale) {
    String brin = d.document().path("applicant").path("school").path("brin").asString("");
    return switch (e.kind()) {
      case FORBIDDEN -> messages.getMessage("check.refused.forbidden",
          new Object[] {String.join(", ", caller.brins().stream().sorted().toList()), brin}, locale);
      case CONFLICT -> e.errors().stream().anyMatch(err -> "revision".equals(err.path()))
          ? messages.getMessage("check.refused.stale", null, locale)
          : d.versionOf() == null
          ? messages.getMessage("check.refused.exists", new Object[] {d.document().path("id").asString("")}, locale)
          : messages.getMessage("check.refused.notReturned", null, locale);
      default -> e.errors().stream().anyMatch(err -> "form".equals(err.path()))
          ? messages.getMessage("check.refused.form", null, locale)
          : messages.getMessage("check.refused.invalid", null, locale);
    };
  }

  /**
   * The answer to a form's post: 303 See Other to the page that shows what the post did
   * (POST-redirect-GET), so that Back and reload never send the form again. Only the flash attributes
   * go along, never the model as query parameters.
   */
  static RedirectView seeOther(String path) {
    RedirectView view = new RedirectView(path, true);
    view.setStatusCode(HttpStatus.SEE_OTHER);
    view.setExposeModelAttributes(false);
    return view;
  }

  /** What a draft's page shows beside the form: the draft (when it was saved, by whom), its attachments and questions. */
  static void describe(DraftView d, ZoneId zone, Model model) {
    model.addAttribute("draft", d);
    model.addAttribute("zone", zone);
  }

  /** What the application form's field for an attachment offers: its kinds and the largest file taken. */
  static void attachmentChoices(Drafts drafts, Model model) {
    model.addAttribute("attachmentKinds", AttachmentKind.values());
    model.addAttribute("maxAttachmentMb", megabytes(drafts.maxAttachmentBytes()));
  }

  /**
   * An attachment as a download and nothing else: {@code Content-Disposition: attachment}, a type no
   * browser renders, {@code nosniff}, and a policy that lets the response run and load nothing, should
   * a browser open it anyway.
   */
  static ResponseEntity<byte[]> download(Download d) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(d.filename(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'")
        .cacheControl(CacheControl.noStore().cachePrivate())
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(d.content());
  }
}
