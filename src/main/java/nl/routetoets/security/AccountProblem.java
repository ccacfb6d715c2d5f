package nl.routetoets.security;

import nl.routetoets.model.InputError;

/**
 * One thing wrong with an account as an admin gave it: the field it is about ({@code username},
 * {@code password}, {@code role}, {@code brins} or {@code brins[i]}), what is wrong, and the value
 * concerned where the words name it. The API answers it in {@link #english() English words} (with the
 * Dutch beside them where a school's administrator reads them, as the password rules do); the pages
 * word it in their own language from {@link Kind}.
 */
public record AccountProblem(String field, Kind kind, String value) {
  public enum Kind {
    USERNAME,
    EXISTS,
    PASSWORD_SHORT,
    PASSWORD_BLANK,
    PASSWORD_IS_NAME,
    PASSWORD_TOO_LONG,
    ROLE,
    BRIN_FORMAT,
    BRIN_UNKNOWN,
    BRINS_NEEDED,
    BRINS_NOT_SCHOOL
  }

  /** The problem as the API words it. */
  public String english() {
    return switch (kind) {
      case USERNAME -> "1 to 100 letters, digits or . _ @ -";
      case EXISTS -> "account \"" + value + "\" exists already";
      case PASSWORD_SHORT -> "at least " + PasswordPolicy.MIN_CHARACTERS + " characters (minstens " + PasswordPolicy.MIN_CHARACTERS
          + " tekens)";
      case PASSWORD_BLANK -> "not only spaces or other white space (niet alleen spaties of andere witruimte)";
      case PASSWORD_IS_NAME -> "not the account's name (niet de naam van het account)";
      case PASSWORD_TOO_LONG -> "at most " + PasswordPolicy.MAX_BYTES + " bytes in UTF-8, e.g. 72 plain letters or fewer accented ones"
          + " (hoogstens " + PasswordPolicy.MAX_BYTES + " bytes in UTF-8, bijvoorbeeld 72 gewone letters of minder letters met accenten)";
      case ROLE -> "one of SCHOOL, REVIEWER, AUDITOR, ADMIN";
      case BRIN_FORMAT -> "a BRIN number is two digits and two capital letters, e.g. 30AU";
      case BRIN_UNKNOWN -> "BRIN " + value + " is not a school on the reference list (rules/reference); check the number"
          + " (BRIN " + value + " staat niet in de lijst van scholen; controleer het nummer)";
      case BRINS_NEEDED -> "a SCHOOL account needs at least one BRIN number";
      case BRINS_NOT_SCHOOL -> "only SCHOOL accounts have BRIN numbers";
    };
  }

  InputError error() {
    return new InputError(null, null, field, english());
  }
}
