package nl.routetoets.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a new password must be. Length is what makes a password strong (NIST SP 800-63B): at least
 * {@link #MIN_CHARACTERS} characters, not only white space, and not the account's own name. bcrypt
 * reads only the first {@link #MAX_BYTES} bytes, and Spring's encoder refuses longer input, so a longer
 * password is refused here instead of silently cut or answered with a 500. {@link AccountProblem} words
 * each problem, in English and Dutch, as the findings are.
 */
final class PasswordPolicy {
  static final int MIN_CHARACTERS = 12;
  static final int MAX_BYTES = 72;

  private PasswordPolicy() {}

  /** The problems with this password for this account; empty when it may be used. */
  static List<AccountProblem.Kind> problems(String username, String password) {
    List<AccountProblem.Kind> problems = new ArrayList<>();
    if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
      problems.add(AccountProblem.Kind.PASSWORD_SHORT);
      return problems;
    }
    if (password.isBlank()) {
      problems.add(AccountProblem.Kind.PASSWORD_BLANK);
    }
    if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
      problems.add(AccountProblem.Kind.PASSWORD_IS_NAME);
    }
    if (tooLong(password)) {
      problems.add(AccountProblem.Kind.PASSWORD_TOO_LONG);
    }
    return problems;
  }

  /** Longer than bcrypt reads: such a password can never have been set, so signing in with it simply fails. */
  static boolean tooLong(String password) {
    // a char is at most 3 UTF-8 bytes: short strings need no encoding to tell
    return password.length() > MAX_BYTES / 3 && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
  }
}
