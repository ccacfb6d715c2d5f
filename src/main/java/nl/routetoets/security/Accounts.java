package nl.routetoets.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.routetoets.model.InputError;
import nl.routetoets.persistence.AccountStore;
import nl.routetoets.persistence.AccountStore.AccountRow;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, listing, disabling, changing and deleting accounts; signing in with them. Every change is
 * audited and published ({@link Changed}), so that the account's sessions and cached passwords end at once.
 */
@Service
public class Accounts implements UserDetailsService {
  /** An account as shown to an admin: never its password hash. */
  public record AccountView(String username, Role role, List<String> brins, boolean enabled, OffsetDateTime createdAt) {}

  public record NewAccount(String username, String password, Role role, List<String> brins) {}

  /** A new role and BRIN list for an existing account. */
  public record RoleChange(Role role, List<String> brins) {}

  /** Published after an account changed, so that nothing keeps trusting its old state. */
  record Changed(String username) {}

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
  /** BRIN: two digits and two letters (e.g. 02QZ; the mbo test codes of the demo start with 99). */
  private static final Pattern BRIN = Pattern.compile("[0-9]{2}[A-Z]{2}");

  private final AccountStore store;
  private final AuditLog audit;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final SchoolRegister schools;

  public Accounts(
      AccountStore store, AuditLog audit, PasswordEncoder passwords, Clock clock, ApplicationEventPublisher events, SchoolRegister schools) {
    this.store = store;
    this.schools = schools;
    this.audit = audit;
    this.passwords = passwords;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    AccountRow a = store.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    return new AccountUser(a.username(), a.passwordHash(), a.enabled(), Role.valueOf(a.role()), Set.copyOf(a.brins()), stamp(a));
  }

  /**
   * Whether a signed-in account is still as it was when it signed in: the same account (not deleted and
   * made anew), enabled, with the same role, BRINs and password. Read from the database on every request,
   * so that a change made through any instance of the service ends the sessions everywhere.
   */
  boolean unchanged(AccountUser user) {
    return store.find(user.getUsername()).map(a -> a.enabled() && stamp(a).equals(user.stamp())).orElse(false);
  }

  /** The enabled account of this name, for a bearer token whose subject names it. */
  Optional<AccountRow> enabled(String username) {
    return store.find(username).filter(AccountRow::enabled);
  }

  /** A digest of everything a sign-in depends on; the password hash itself does not go into the session. */
  static String stamp(AccountRow a) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String text = a.id() + "\n" + a.enabled() + "\n" + a.role() + "\n" + String.join(",", a.brins()) + "\n" + a.passwordHash();
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What is wrong with this new account, every problem at once; empty when it can be created. An account of
   * the same name is a problem too (of the field {@code username}).
   */
  public List<AccountProblem> problems(NewAccount n) {
    List<AccountProblem> problems = new ArrayList<>();
    if (n.username() == null || !USERNAME.matcher(n.username()).matches()) {
      problems.add(new AccountProblem("username", AccountProblem.Kind.USERNAME, n.username()));
    } else if (store.find(n.username()).isPresent()) {
      problems.add(new AccountProblem("username", AccountProblem.Kind.EXISTS, n.username()));
    }
    passwordProblems(n.username(), n.password(), problems);
    roleProblems(n.role(), n.brins() == null ? List.of() : n.brins(), problems);
    return problems;
  }

  /** What is wrong with this new password for this account; empty when it may be set. */
  public List<AccountProblem> passwordProblems(String username, String password) {
    List<AccountProblem> problems = new ArrayList<>();
    passwordProblems(username, password, problems);
    return problems;
  }

  @Transactional
  public AccountView create(String actor, NewAccount n) {
    List<AccountProblem> problems = problems(n);
    if (problems.stream().anyMatch(p -> p.kind() == AccountProblem.Kind.EXISTS)
        && problems.stream().allMatch(p -> p.kind() == AccountProblem.Kind.EXISTS)) {
      throw Refused.conflict("account \"" + n.username() + "\" exists already");
    }
    problems.removeIf(p -> p.kind() == AccountProblem.Kind.EXISTS);
    if (!problems.isEmpty()) {
      throw Refused.invalid("the account cannot be created as given", errors(problems));
    }
    List<String> brins = n.brins() == null ? List.of() : n.brins();
    store.insert(n.username(), passwords.encode(n.password()), n.role().name(), new TreeSet<>(brins), OffsetDateTime.now(clock));
    audit.append(actor, AuditAction.ACCOUNT_CREATED, "account:" + n.username(),
        "role " + n.role() + (brins.isEmpty() ? "" : ", BRIN " + brins));
    return view(store.find(n.username()).orElseThrow());
  }

  @Transactional
  public AccountView setEnabled(String actor, String username, boolean enabled) {
    if (!store.setEnabled(username, enabled)) {
      throw Refused.notFound("no account \"" + username + "\"");
    }
    audit.append(actor, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, "account:" + username, null);
    events.publishEvent(new Changed(username));
    return view(store.find(username).orElseThrow());
  }

  /** A new role and BRINs: the account's sessions end and it signs in again with its new rights. */
  @Transactional
  public AccountView setRole(String actor, String username, RoleChange change) {
    List<AccountProblem> problems = new ArrayList<>();
    List<String> brins = change == null || change.brins() == null ? List.of() : change.brins();
    roleProblems(change == null ? null : change.role(), brins, problems);
    if (!problems.isEmpty()) {
      throw Refused.invalid("the role cannot be changed as given", errors(problems));
    }
    if (!store.setRole(username, change.role().name(), new TreeSet<>(brins))) {
      throw Refused.notFound("no account \"" + username + "\"");
    }
    audit.append(actor, AuditAction.ACCOUNT_ROLE_CHANGED, "account:" + username,
        "role " + change.role() + (brins.isEmpty() ? "" : ", BRIN " + brins));
    events.publishEvent(new Changed(username));
    return view(store.find(username).orElseThrow());
  }

  /** A new password set by an admin: the account's sessions end. */
  @Transactional
  public void setPassword(String actor, String username, String password) {
    List<AccountProblem> problems = passwordProblems(username, password);
    if (!problems.isEmpty()) {
      throw Refused.invalid("the password cannot be set as given", errors(problems));
    }
    if (!store.setPasswordHash(username, passwords.encode(password))) {
      throw Refused.notFound("no account \"" + username + "\"");
    }
    audit.append(actor, AuditAction.ACCOUNT_PASSWORD_SET, "account:" + username, null);
    events.publishEvent(new Changed(username));
  }

  /** Removes an account; its sessions end. Its name stays in the audit log and in the decisions it made. */
  @Transactional
  public void delete(String actor, String username) {
    if (!store.delete(username)) {
      throw Refused.notFound("no account \"" + username + "\"");
    }
    audit.append(actor, AuditAction.ACCOUNT_DELETED, "account:" + username, null);
    events.publishEvent(new Changed(username));
  }

  private static void passwordProblems(String username, String password, List<AccountProblem> problems) {
    PasswordPolicy.problems(username, password).forEach(k -> problems.add(new AccountProblem("password", k, null)));
  }

  /** The role and BRINs: a SCHOOL account has BRIN numbers of schools on the reference list, other roles none. */
  private void roleProblems(Role role, List<String> brins, List<AccountProblem> problems) {
    if (role == null) {
      problems.add(new AccountProblem("role", AccountProblem.Kind.ROLE, null));
    }
    for (int i = 0; i < brins.size(); i++) {
      String brin = brins.get(i);
      if (brin == null || !BRIN.matcher(brin).matches()) {
        problems.add(new AccountProblem("brins[" + i + "]", AccountProblem.Kind.BRIN_FORMAT, brin));
      } else if (role == Role.SCHOOL && schools.name(brin).isEmpty()) {
        problems.add(new AccountProblem("brins[" + i + "]", AccountProblem.Kind.BRIN_UNKNOWN, brin));
      }
    }
    if (role == Role.SCHOOL && brins.isEmpty()) {
      problems.add(new AccountProblem("brins", AccountProblem.Kind.BRINS_NEEDED, null));
    } else if (role != null && role != Role.SCHOOL && !brins.isEmpty()) {
      problems.add(new AccountProblem("brins", AccountProblem.Kind.BRINS_NOT_SCHOOL, null));
    }
  }

  private static List<InputError> errors(List<AccountProblem> problems) {
    return problems.stream().map(AccountProblem::error).toList();
  }

  /** The name of the school with this BRIN on the reference list, or empty when the list does not hold it. */
  public Optional<String> schoolName(String brin) {
    return schools.name(brin);
  }

  /** One account, or empty when there is none of this name. */
  public Optional<AccountView> find(String username) {
    return username == null ? Optional.empty() : store.find(username).map(Accounts::view);
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
