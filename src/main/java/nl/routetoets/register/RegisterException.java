package nl.routetoets.register;

/** A register file that cannot be read at all: a missing or unknown column, or broken CSV quoting. */
public final class RegisterException extends Exception {
  public RegisterException(String message) {
    super(message);
  }
}
