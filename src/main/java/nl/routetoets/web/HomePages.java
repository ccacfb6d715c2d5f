package nl.routetoets.web;

import nl.routetoets.security.Caller;
import nl.routetoets.security.SignIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/** The start page: the login form for a visitor, each role's own start page after signing in. */
@Controller
class HomePages {
  @GetMapping("/")
  String home(Authentication auth) {
    if (!WebAdvice.signedIn(auth)) {
      return "login";
    }
    return switch (Caller.of(auth).role()) {
      case SCHOOL -> "redirect:/school";
      case REVIEWER -> "redirect:/review";
      case AUDITOR -> "redirect:/reports";
      case ADMIN -> "redirect:/admin";
    };
  }

  /** Also shown, with 429 or 503, when a sign-in was not tried ({@link SignIn#REFUSED}). */
  @GetMapping("/login")
  String login(@RequestAttribute(name = SignIn.REFUSED, required = false) String refused, Model model) {
    model.addAttribute("refused", refused);
    return "login";
  }
}
