package nl.routetoets.web;

import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.security.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start pages of auditors (the audit log) and admins (accounts, the rule set in service). */
@Controller
class AdminPages {
  private final Accounts accounts;
  private final AuditLog audit;
  private final LiveRuleSet live;

  AdminPages(Accounts accounts, AuditLog audit, LiveRuleSet live) {
    this.accounts = accounts;
    this.audit = audit;
    this.live = live;
  }

  @GetMapping("/admin")
  @PreAuthorize("hasRole('ADMIN')")
  String admin(Model model) {
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("loaded", live.loaded());
    return "admin/home";
  }

  @GetMapping("/audit")
  @PreAuthorize("hasRole('AUDITOR')")
  String auditor(Model model) {
    model.addAttribute("history", audit.list(null, 100));
    return "audit/home";
  }
}
