package nl.routetoets.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.routetoets.dusiworkflow.LawRoutes;
import nl.routetoets.dusiworkflow.Views.LawRouteRef;
import nl.routetoets.dusiworkflow.Views.LawRouteView;
import nl.routetoets.model.Codes.LawRouteKind;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Verdict;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The routes under the structural law as schools recorded them: a list with filters, and a page per
 * route with its fields, its versions and the findings of its newest version. Reviewers and auditors
 * see every school's routes, a school its own (another school's route is "not found"). Read only:
 * schools record routes through the API.
 */
@Controller
@RequestMapping("/routes")
@PreAuthorize("hasAnyRole('SCHOOL', 'REVIEWER', 'AUDITOR')")
class LawRoutePages {
  private final LawRoutes routes;
  private final ArticleTexts texts;
  private final MessageSource messages;

  LawRoutePages(LawRoutes routes, ArticleTexts texts, MessageSource messages) {
    this.routes = routes;
    this.texts = texts;
    this.messages = messages;
  }

  @GetMapping
  String list(Authentication auth, @RequestParam MultiValueMap<String, String> params, Model model) {
    Map<String, String> filter = new LinkedHashMap<>();
    for (String name : List.of("kind", "firstSchoolYear", "verdict", "brin")) {
      String v = params.getFirst(name);
      filter.put(name, v == null || v.isBlank() ? null : v.strip());
    }
    try {
      model.addAttribute("entries", routes.list(Caller.of(auth), filter.get("kind"), filter.get("firstSchoolYear"),
          filter.get("verdict"), filter.get("brin")));
      model.addAttribute("errors", Map.of());
    } catch (Refused e) {
      model.addAttribute("entries", List.of());
      Map<String, String> errors = new LinkedHashMap<>();
      for (InputError err : e.errors()) {
        errors.putIfAbsent(err.path(), err.problem());
      }
      model.addAttribute("errors", errors);
    }
    model.addAttribute("filter", filter);
    model.addAttribute("kinds", LawRouteKind.values());
    model.addAttribute("verdicts", Verdict.values());
    return "routes/list";
  }

  @GetMapping("/{id}")
  String route(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school, Model model, Locale locale) {
    LawRouteView view = routes.view(Caller.of(auth), new LawRouteRef(id, school));
    LawRouteFields fields = LawRouteFields.of(view.current().document(), messages, locale);
    model.addAttribute("route", view);
    model.addAttribute("fields", fields);
    model.addAttribute("result", ResultView.of(view.current().result(), locale, texts, fields.paths()));
    return "routes/route";
  }

  /** A version exactly as the school sent it. */
  @GetMapping("/{id}/versions/{version}/document")
  ResponseEntity<byte[]> document(
      Authentication auth, @PathVariable String id, @PathVariable int version, @RequestParam(required = false) String school) {
    byte[] doc = routes.document(Caller.of(auth), new LawRouteRef(id, school), version);
    String name = id.replaceAll("[^A-Za-z0-9._-]", "_") + "-v" + version + ".json";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .contentType(MediaType.APPLICATION_JSON).body(doc);
  }
}
