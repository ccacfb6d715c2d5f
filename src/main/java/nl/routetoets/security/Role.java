package nl.routetoets.security;

/** What an account may do: schools submit their own applications, reviewers decide, auditors read, admins manage. */
public enum Role {
  SCHOOL, REVIEWER, AUDITOR, ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }
}
