package nl.routetoets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.routetoets.dusiworkflow.Dialogue;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The school's answers and attachments for the reviewer's page of an application
 * ({@code review/application.html}, fragment {@code fragments/dialogue}): added to the model of the
 * review pages that name an application, so that the review pages themselves need not know of them.
 */
@ControllerAdvice(assignableTypes = ReviewPages.class)
class DialogueAdvice {
  private final Dialogue dialogue;
  private final LiveRuleSet live;

  DialogueAdvice(Dialogue dialogue, LiveRuleSet live) {
    this.dialogue = dialogue;
    this.live = live;
  }

  @ModelAttribute
  void dialogue(Authentication auth, HttpServletRequest request, Model model) {
    Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    Object id = vars instanceof Map<?, ?> map ? map.get("id") : null;
    if (id instanceof String application && request.getRequestURI().startsWith("/review/applications/")
        && !request.getRequestURI().endsWith("/recheck")) {
      model.addAttribute("dialogue", dialogue.all(Caller.of(auth), new ApplicationRef(application, request.getParameter("school"))));
      // times in Dutch time, as the rule set counts them
      model.addAttribute("dialogueZone", live.current().parameters().timeZone());
    }
  }
}
