package nl.routetoets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.routetoets.dusiworkflow.RuleSetReloads;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.security.AccountProblem;
import nl.routetoets.security.Accounts;
import nl.routetoets.security.Accounts.AccountView;
import nl.routetoets.security.Accounts.NewAccount;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import nl.routetoets.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The start pages of auditors (the audit log) and admins: the rule set in service and the accounts, which
 * an admin creates, disables and enables, and gives a new password here, in plain HTML forms (POST, then
 * a redirect to the account's page). Every change goes through {@link Accounts}, which audits it as the
 * API's changes are audited. A form with problems comes back with every problem at once: a summary at the
 * top that links to each field, and the problem beside its field.
 */
@Controller
class AdminPages {
  /** A BRIN number of an account, with the name of its school on the reference list (null when the list does not hold it). */
  record Brin(String code, String name) {}

  /** An account as the admin's list and the account's page show it. */
  record AccountRow(AccountView account, List<Brin> brins) {}

  /** A problem of a form: the id of the field it is about, and what is wrong in the page's language. */
  record Problem(String field, String message) {}

  /** The values of the new-account form as typed, to show them again with the problems. */
  record NewAccountForm(String username, String role, String brins) {
    static final NewAccountForm EMPTY = new NewAccountForm("", "", "");
  }

  private final Accounts accounts;
  private final AuditLog audit;
  private final LiveRuleSet live;
  private final MessageSource messages;
  private final RuleSetReloads reloads;

  AdminPages(Accounts accounts, AuditLog audit, LiveRuleSet live, MessageSource messages, RuleSetReloads reloads) {
    this.reloads = reloads;
    this.accounts = accounts;
    this.audit = audit;
    this.live = live;
    this.messages = messages;
  }

  @GetMapping("/admin")
  @PreAuthorize("hasRole('ADMIN')")
  String admin(Model model) {
    model.addAttribute("accounts", accounts.all().stream().map(this::row).toList());
    model.addAttribute("loaded", live.loaded());
    return "admin/home";
  }

  /**
   * Reads the rules folder again, runs every fixture, and takes the new rule set into service only when all pass
   * (as {@code POST /api/v1/rule-set/reload}); the page says which, with the problems of a refused one.
   */
  @PostMapping("/admin/rule-set/reload")
  @PreAuthorize("hasRole('ADMIN')")
  String reload(Authentication auth, Locale locale, RedirectAttributes redirect) {
    RuleSetReloads.Outcome outcome = reloads.reload(Caller.of(auth).name());
    if (outcome instanceof RuleSetReloads.Reloaded r) {
      var ref = r.now().ruleSet().ref();
      redirect.addFlashAttribute("reloaded", text(ref.sha256().equals(r.before()) ? "admin.reload.same" : "admin.reload.done", locale,
          ref.version(), r.now().fixtures()));
    } else if (outcome instanceof RuleSetReloads.Busy) {
      redirect.addFlashAttribute("reloadRefused", text("admin.reload.busy", locale));
    } else if (outcome instanceof RuleSetReloads.Refused r) {
      redirect.addFlashAttribute("reloadRefused", text("admin.reload.refused", locale, r.problems().size()));
      redirect.addFlashAttribute("reloadProblems", r.problems());
    }
    return "redirect:/admin";
  }

  @GetMapping("/admin/accounts/new")
  @PreAuthorize("hasRole('ADMIN')")
  String newAccount(Model model) {
    return newAccountPage(model, NewAccountForm.EMPTY, List.of());
  }

  @PostMapping("/admin/accounts")
  @PreAuthorize("hasRole('ADMIN')")
  String create(
      @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String brins, @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String password2, Authentication auth, Model model, Locale locale,
      HttpServletResponse response, RedirectAttributes redirect) {
    String name = username.strip();
    NewAccount account = new NewAccount(name, password, role(role), brinList(brins));
    List<Problem> problems = new ArrayList<>(accounts.problems(account).stream().map(p -> problem(p, locale)).toList());
    if (!password.equals(password2)) {
      problems.add(new Problem("password2", text("admin.problem.PASSWORD_MISMATCH", locale)));
    }
    if (!problems.isEmpty()) {
      response.setStatus(422);
      return newAccountPage(model, new NewAccountForm(name, role, brins), problems);
    }
    accounts.create(Caller.of(auth).name(), account);
    redirect.addFlashAttribute("done", text("admin.done.created", locale, name));
    return "redirect:" + accountPath(name);
  }

  @GetMapping("/admin/accounts/{username}")
  @PreAuthorize("hasRole('ADMIN')")
  String account(@PathVariable String username, Authentication auth, Model model) {
    return accountPage(username, auth, model, List.of());
  }

  @PostMapping("/admin/accounts/{username}/disable")
  @PreAuthorize("hasRole('ADMIN')")
  String disable(@PathVariable String username, Authentication auth, Locale locale, RedirectAttributes redirect) {
    String actor = Caller.of(auth).name();
    if (actor.equals(username)) {
      // an admin who disabled the account in use would be signed out and could not sign in again
      redirect.addFlashAttribute("refused", text("admin.problem.DISABLE_SELF", locale));
    } else {
      accounts.setEnabled(actor, username, false);
      redirect.addFlashAttribute("done", text("admin.done.disabled", locale, username));
    }
    return "redirect:" + accountPath(username);
  }

  @PostMapping("/admin/accounts/{username}/enable")
  @PreAuthorize("hasRole('ADMIN')")
  String enable(@PathVariable String username, Authentication auth, Locale locale, RedirectAttributes redirect) {
    accounts.setEnabled(Caller.of(auth).name(), username, true);
    redirect.addFlashAttribute("done", text("admin.done.enabled", locale, username));
    return "redirect:" + accountPath(username);
  }

  @PostMapping("/admin/accounts/{username}/password")
  @PreAuthorize("hasRole('ADMIN')")
  String setPassword(
      @PathVariable String username, @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String password2,
      Authentication auth, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
    AccountView account = accounts.find(username).orElseThrow(() -> Refused.notFound("no account \"" + username + "\""));
    List<Problem> problems = new ArrayList<>(accounts.passwordProblems(account.username(), password).stream()
        .map(p -> problem(p, locale)).toList());
    if (!password.equals(password2)) {
      problems.add(new Problem("password2", text("admin.problem.PASSWORD_MISMATCH", locale)));
    }
    if (!problems.isEmpty()) {
      response.setStatus(422);
      return accountPage(username, auth, model, problems);
    }
    accounts.setPassword(Caller.of(auth).name(), username, password);
    redirect.addFlashAttribute("done", text("admin.done.password", locale, username));
    return "redirect:" + accountPath(username);
  }

  @GetMapping("/audit")
  @PreAuthorize("hasRole('AUDITOR')")
  String auditor(Model model) {
    model.addAttribute("history", audit.list(null, 100));
    return "audit/home";
  }

  private String newAccountPage(Model model, NewAccountForm form, List<Problem> problems) {
    model.addAttribute("form", form);
    model.addAttribute("roles", Role.values());
    model.addAttribute("schools", live.current().reference().schools());
    errors(model, problems);
    return "admin/new";
  }

  private String accountPage(String username, Authentication auth, Model model, List<Problem> problems) {
    AccountView account = accounts.find(username).orElseThrow(() -> Refused.notFound("no account \"" + username + "\""));
    model.addAttribute("row", row(account));
    model.addAttribute("self", Caller.of(auth).name().equals(account.username()));
    model.addAttribute("history", audit.list("account:" + account.username(), 50));
    errors(model, problems);
    return "admin/account";
  }

  /** The summary's list, and per field the problems beside it (several joined into one text). */
  private static void errors(Model model, List<Problem> problems) {
    Map<String, String> byField = new LinkedHashMap<>();
    problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + " " + b));
    model.addAttribute("problems", problems);
    model.addAttribute("fieldErrors", byField);
  }

  private AccountRow row(AccountView a) {
    return new AccountRow(a, a.brins().stream().map(b -> new Brin(b, accounts.schoolName(b).orElse(null))).toList());
  }

  /** The problem in the page's language, at the form's field: {@code brins[2]} is the one BRIN field. */
  private Problem problem(AccountProblem p, Locale locale) {
    String field = p.field().startsWith("brins") ? "brins" : p.field().equals("role") ? "role-" + Role.values()[0].name() : p.field();
    return new Problem(field, text("admin.problem." + p.kind().name(), locale, p.value() == null ? "" : p.value()));
  }

  /** BRIN numbers as typed: separated by commas, semicolons or spaces, in any case; each once. */
  static List<String> brinList(String typed) {
    Set<String> brins = new LinkedHashSet<>();
    Arrays.stream(typed.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> s.toUpperCase(Locale.ROOT)).forEach(brins::add);
    return List.copyOf(brins);
  }

  private static Role role(String value) {
    return Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findFirst().orElse(null);
  }

  private static String accountPath(String username) {
    return "/admin/accounts/" + UriUtils.encodePathSegment(username, java.nio.charset.StandardCharsets.UTF_8);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
