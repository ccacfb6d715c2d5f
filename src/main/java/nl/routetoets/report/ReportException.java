package nl.routetoets.report;

/** A report could not be made (unreadable input file, bad register header, unwritable folder); nothing was written. */
public final class ReportException extends Exception {
  public ReportException(String message) {
    super(message);
  }

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
