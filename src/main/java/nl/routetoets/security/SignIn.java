package nl.routetoets.security;

/** What the login page needs to know from the sign-in machinery. */
public final class SignIn {
  /**
   * Request attribute set when a sign-in was not tried: {@code throttled} (too many failures, 429) or
   * {@code busy} (too many sign-ins at once, 503). The login page then says so instead of "wrong password".
   */
  public static final String REFUSED = "routetoets.signInRefused";

  private SignIn() {}
}
