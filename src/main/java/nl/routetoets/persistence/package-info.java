/**
 * Storage of accounts, applications (every version as received), decisions with their receipts,
 * routes under the structural law (every save as received) and the append-only audit log, through Spring's {@code JdbcClient}. Plain rows in, plain rows out: the
 * workflow rules live in {@code dusiworkflow}. The schema is in {@code db/migration} (Flyway).
 */
package nl.routetoets.persistence;
