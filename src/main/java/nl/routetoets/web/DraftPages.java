package nl.routetoets.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.routetoets.dusiworkflow.Drafts;
import nl.routetoets.dusiworkflow.Drafts.DraftView;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.persistence.DraftKind;
import nl.routetoets.security.Caller;
import nl.routetoets.web.ResultView.FindingView;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The school's drafts: the list of them (to reopen or delete one), the confirmation asked before an
 * application with violations is submitted, and the attachments of a draft. The forms themselves are
 * {@link SchoolPages} and {@link RoutePlanPages}; every button there saves into a draft listed here.
 */
@Controller
@RequestMapping("/school")
@PreAuthorize("hasRole('SCHOOL')")
class DraftPages {
  /** A violation the confirmation page names: of the whole form (no route) or of a route, with a link to its field. */
  public record Violation(String routeId, String norm, String message, String field) {}

  private final Drafts drafts;
  private final LiveRuleSet live;
  private final ArticleTexts texts;
  private final MessageSource messages;

  DraftPages(Drafts drafts, LiveRuleSet live, ArticleTexts texts, MessageSource messages) {
    this.drafts = drafts;
    this.messages = messages;
    this.live = live;
    this.texts = texts;
  }

  @GetMapping("/drafts")
  String list(Authentication auth, Model model) {
    model.addAttribute("drafts", drafts.list(Caller.of(auth)));
    model.addAttribute("zone", live.current().parameters().timeZone());
    return "school/drafts";
  }

  @PostMapping("/drafts/{id}/delete")
  RedirectView delete(Authentication auth, @PathVariable long id, RedirectAttributes redirect) {
    DraftView d = drafts.open(Caller.of(auth), id);
    drafts.delete(Caller.of(auth), id);
    redirect.addFlashAttribute("deleted", d.documentId() == null ? "" : d.documentId());
    return DraftForms.seeOther("/school/drafts");
  }

  /** Submitting an application whose check shows violations: what they are, and a button to submit it anyway. */
  @GetMapping("/check/drafts/{id}/confirm")
  Object confirm(Authentication auth, @PathVariable long id, Model model, Locale locale) {
    DraftView d = drafts.open(Caller.of(auth), id);
    if (d.kind() != DraftKind.APPLICATION || d.result() == null) {
      return DraftForms.seeOther("/school/check/drafts/" + id);
    }
    int routes = ApplicationForm.routeCount(d.document());
    ResultView result = ResultView.of(d.result(), locale, texts, path -> ApplicationForm.fieldOf(path, routes));
    List<Violation> violations = new ArrayList<>();
    result.formGroups().forEach(g -> g.findings().forEach(f -> add(violations, null, f)));
    result.routes().forEach(r -> r.groups().forEach(g -> g.findings().forEach(f -> add(violations, r.routeId(), f))));
    model.addAttribute("draft", d);
    model.addAttribute("result", result);
    model.addAttribute("violations", violations);
    return "school/confirm";
  }

  private static void add(List<Violation> violations, String routeId, FindingView f) {
    if ("VIOLATION".equals(f.severity())) {
      violations.add(new Violation(routeId, f.norm(), f.message(), f.field()));
    }
  }

  /** The confirmed submission of the draft as it was when the confirmation was asked ({@code revision}). */
  @PostMapping("/check/drafts/{id}/submit")
  RedirectView submit(Authentication auth, @PathVariable long id, @RequestParam int revision, Locale locale, RedirectAttributes redirect) {
    return DraftForms.submit(drafts, Caller.of(auth), id, revision, messages, locale, redirect);
  }

  @GetMapping("/drafts/{id}/attachments/{attachment}")
  ResponseEntity<byte[]> attachment(Authentication auth, @PathVariable long id, @PathVariable long attachment) {
    return DraftForms.download(drafts.attachment(Caller.of(auth), id, attachment));
  }
}
