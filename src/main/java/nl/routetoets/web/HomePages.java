package nl.routetoets.web;

import nl.routetoets.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

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

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
