package nl.routetoets.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page needs (who is signed in, the other language's link), and the error pages. */
@ControllerAdvice(basePackages = "nl.routetoets.web")
class WebAdvice {
  @ModelAttribute
  void common(Authentication auth, HttpServletRequest request, Model model) {
    model.addAttribute("me", signedIn(auth) ? Caller.of(auth) : null);
    // a GET page links to itself in the other language; after a POST, the page's own address would lose the form.
    // By path only: the Host header is the client's to forge and must not end up in a page.
    String self = "GET".equals(request.getMethod())
        ? ServletUriComponentsBuilder.fromRequest(request).scheme(null).host(null).port(-1)
            .replaceQueryParam("lang").replaceQueryParam("continue").toUriString()
        : null;
    model.addAttribute("selfUrl", self);
  }

  static boolean signedIn(Authentication auth) {
    return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
  }

  /** Another school's application, like one that does not exist, is "not found": its existence does not leak. */
  @ExceptionHandler(Refused.class)
  String refused(Refused e, Authentication auth, HttpServletRequest request, HttpServletResponse response, Model model) {
    common(auth, request, model);
    int status = switch (e.kind()) {
      case NOT_FOUND -> 404;
      case FORBIDDEN -> 403;
      case CONFLICT -> 409;
      case INVALID -> 422;
    };
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("detail", e.getMessage());
    return "error";
  }

  @ExceptionHandler(AccessDeniedException.class)
  String denied(Authentication auth, HttpServletRequest request, HttpServletResponse response, Model model) {
    common(auth, request, model);
    response.setStatus(403);
    model.addAttribute("status", 403);
    return "error";
  }
}
