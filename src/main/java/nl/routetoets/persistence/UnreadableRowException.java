package nl.routetoets.persistence;

import org.springframework.dao.DataRetrievalFailureException;

/**
 * A stored value that its type does not know: a status, verdict, outcome or action outside its enum,
 * or a JSON column that is not the JSON it should be. Never read as a default: the row is wrong, and
 * the message names the column and the value.
 */
public class UnreadableRowException extends DataRetrievalFailureException {
  public UnreadableRowException(String message) {
    super(message);
  }

  public UnreadableRowException(String message, Throwable cause) {
    super(message, cause);
  }
}
