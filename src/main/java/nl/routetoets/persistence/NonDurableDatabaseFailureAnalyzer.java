package nl.routetoets.persistence;

import nl.routetoets.persistence.DatabaseDurability.NonDurableDatabaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start refused for a database that may lose confirmed writes reads as what is wrong and what to change, not as a stack trace. */
public class NonDurableDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NonDurableDatabaseException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, NonDurableDatabaseException cause) {
    return new FailureAnalysis("The database may lose writes the service has confirmed:\n  - " + String.join("\n  - ", cause.problems()),
        "Change the database settings as said above (README, \"Durability and backups\"), or accept the risk with "
            + DatabaseDurability.ALLOW_PROPERTY + "=true.", cause);
  }
}
