package nl.routetoets.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.routetoets.model.InputError;
import nl.routetoets.persistence.AccountStore;
import nl.routetoets.persistence.AccountStore.AccountRow;
import nl.routetoets.persistence.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, listing and disabling accounts; signing in with them. Every change is audited. */
@Service
public class Accounts implements UserDetailsService {
  /** An account as shown to an admin: never its password hash. */
  public record AccountView(String username, Role role, List<String> brins, boolean enabled, OffsetDateTime createdAt) {}

  public record NewAccount(String username, String password, Role role, List<String> brins) {}

  /** Published after an account changed, so that nothing keeps trusting its old state. */
  record Changed(String username) {}

  static final int MIN_PASSWORD_LENGTH = 12;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
  /** BRIN: two digits and two letters (e.g. 02QZ; the mbo test codes of the demo start with 99). */
  private static final Pattern BRIN = Pattern.compile("[0-9]{2}[A-Z]{2}");

  private final AccountStore store;
  private final AuditLog audit;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public Accounts(AccountStore store, AuditLog audit, PasswordEncoder passwords, Clock clock, ApplicationEventPublisher events) {
    this.store = store;
    this.audit = audit;
    this.passwords = passwords;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    AccountRow a = store.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    return new AccountUser(a.username(), a.passwordHash(), a.enabled(), Role.valueOf(a.role()), Set.copyOf(a.brins()));
  }

  @Transactional
  public AccountView create(String actor, NewAccount n) {
    List<InputError> errors = new ArrayList<>();
    if (n.username() == null || !USERNAME.matcher(n.username()).matches()) {
      errors.add(new InputError(null, null, "username", "1 to 100 letters, digits or . _ @ -"));
    }
    if (n.password() == null || n.password().length() < MIN_PASSWORD_LENGTH) {
      errors.add(new InputError(null, null, "password", "at least " + MIN_PASSWORD_LENGTH + " characters"));
    }
    if (n.role() == null) {
      errors.add(new InputError(null, null, "role", "one of SCHOOL, REVIEWER, AUDITOR, ADMIN"));
    }
    List<String> brins = n.brins() == null ? List.of() : n.brins();
    for (int i = 0; i < brins.size(); i++) {
      if (brins.get(i) == null || !BRIN.matcher(brins.get(i)).matches()) {
        errors.add(new InputError(null, null, "brins[" + i + "]", "a BRIN number is two digits and two capital letters, e.g. 02QZ"));
      }
    }
    if (n.role() == Role.SCHOOL && brins.isEmpty()) {
      errors.add(new InputError(null, null, "brins", "a SCHOOL account needs at least one BRIN number"));
    } else if (n.role() != null && n.role() != Role.SCHOOL && !brins.isEmpty()) {
      errors.add(new InputError(null, null, "brins", "only SCHOOL accounts have BRIN numbers"));
    }
    if (!errors.isEmpty()) {
      throw Refused.invalid("the account cannot be created as given", errors);
    }
    if (store.find(n.username()).isPresent()) {
      throw Refused.conflict("account \"" + n.username() + "\" exists already");
    }
    store.insert(n.username(), passwords.encode(n.password()), n.role().name(), new TreeSet<>(brins), OffsetDateTime.now(clock));
    audit.append(actor, "ACCOUNT_CREATED", "account:" + n.username(), "role " + n.role() + (brins.isEmpty() ? "" : ", BRIN " + brins));
    return view(store.find(n.username()).orElseThrow());
  }

  @Transactional
  public AccountView setEnabled(String actor, String username, boolean enabled) {
    if (!store.setEnabled(username, enabled)) {
      throw Refused.notFound("no account \"" + username + "\"");
    }
    audit.append(actor, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account:" + username, null);
    events.publishEvent(new Changed(username));
    return view(store.find(username).orElseThrow());
  }

  public List<AccountView> all() {
    return store.all().stream().map(Accounts::view).toList();
  }

  /** The first admin from configuration; an existing account of that name is left as it is. */
  @Transactional
  public boolean ensureAdmin(String username, String password) {
    if (store.find(username).isPresent()) {
      return false;
    }
    create("configuration", new NewAccount(username, password, Role.ADMIN, List.of()));
    return true;
  }

  private static AccountView view(AccountRow a) {
    return new AccountView(a.username(), Role.valueOf(a.role()), a.brins(), a.enabled(), a.createdAt());
  }
}
