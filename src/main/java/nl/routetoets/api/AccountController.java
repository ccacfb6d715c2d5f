package nl.routetoets.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.security.Accounts;
import nl.routetoets.security.Accounts.AccountView;
import nl.routetoets.security.Accounts.NewAccount;
import nl.routetoets.security.Accounts.RoleChange;
import nl.routetoets.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts (ADMIN), the caller's own identity, and the audit log (AUDITOR, ADMIN). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class AccountController {
  private final Accounts accounts;
  private final AuditLog audit;

  AccountController(Accounts accounts, AuditLog audit) {
    this.accounts = accounts;
    this.audit = audit;
  }

  @Operation(summary = "Who you are signed in as: name, role, BRINs")
  @GetMapping("/me")
  Caller me(Authentication auth) {
    return Caller.of(auth);
  }

  @Operation(summary = "All accounts (ADMIN)")
  @PreAuthorize("hasRole('ADMIN')")
  @GetMapping("/accounts")
  List<AccountView> accounts() {
    return accounts.all();
  }

  @Operation(summary = "Create an account (ADMIN): SCHOOL with one or more BRINs, REVIEWER, AUDITOR or ADMIN")
  @PreAuthorize("hasRole('ADMIN')")
  @PostMapping(path = "/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<AccountView> create(Authentication auth, @RequestBody NewAccount account) {
    return ResponseEntity.status(201).body(accounts.create(Caller.of(auth).name(), account));
  }

  @Operation(summary = "Disable an account (ADMIN); it can no longer sign in")
  @PreAuthorize("hasRole('ADMIN')")
  @PostMapping("/accounts/{username}/disable")
  AccountView disable(Authentication auth, @PathVariable String username) {
    return accounts.setEnabled(Caller.of(auth).name(), username, false);
  }

  @Operation(summary = "Enable a disabled account (ADMIN)")
  @PreAuthorize("hasRole('ADMIN')")
  @PostMapping("/accounts/{username}/enable")
  AccountView enable(Authentication auth, @PathVariable String username) {
    return accounts.setEnabled(Caller.of(auth).name(), username, true);
  }

  @Operation(summary = "Change an account's role and BRINs (ADMIN); its sessions end")
  @PreAuthorize("hasRole('ADMIN')")
  @PutMapping(path = "/accounts/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
  AccountView setRole(Authentication auth, @PathVariable String username, @RequestBody RoleChange change) {
    return accounts.setRole(Caller.of(auth).name(), username, change);
  }

  /** The new password of an account. */
  record NewPassword(String password) {}

  @Operation(summary = "Set an account's password (ADMIN); its sessions end")
  @PreAuthorize("hasRole('ADMIN')")
  @PutMapping(path = "/accounts/{username}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> setPassword(Authentication auth, @PathVariable String username, @RequestBody NewPassword password) {
    accounts.setPassword(Caller.of(auth).name(), username, password == null ? null : password.password());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Delete an account (ADMIN); its sessions end, its name stays in the audit log and its decisions")
  @PreAuthorize("hasRole('ADMIN')")
  @DeleteMapping("/accounts/{username}")
  ResponseEntity<Void> delete(Authentication auth, @PathVariable String username) {
    accounts.delete(Caller.of(auth).name(), username);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The audit log, newest first (AUDITOR, ADMIN); objectId e.g. application:30AU/APP-2016-0042 (school BRIN and application id)")
  @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
  @GetMapping("/audit")
  List<AuditLog.Entry> audit(@RequestParam(required = false) String objectId, @RequestParam(defaultValue = "100") int limit) {
    return audit.list(objectId, Math.max(1, Math.min(limit, 1000)));
  }
}
