package nl.routetoets.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts with their role and, for schools, their BRIN numbers. */
@Repository
public class AccountStore {
  public record AccountRow(
      long id, String username, String passwordHash, String role, boolean enabled, OffsetDateTime createdAt, List<String> brins) {}

  private final JdbcClient jdbc;

  public AccountStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<AccountRow> find(String username) {
    return jdbc.sql("select * from account where username = :u").param("u", username)
        .query((rs, n) -> new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
            rs.getString("role"), rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class), List.of()))
        .optional()
        .map(a -> new AccountRow(a.id(), a.username(), a.passwordHash(), a.role(), a.enabled(), a.createdAt(), brins(a.id())));
  }

  public List<AccountRow> all() {
    return jdbc.sql("select username from account order by username").query(String.class).list().stream()
        .map(u -> find(u).orElseThrow()).toList();
  }

  public long insert(String username, String passwordHash, String role, Collection<String> brins, OffsetDateTime createdAt) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into account (username, password_hash, role, enabled, created_at) values (:u, :p, :r, true, :at)")
        .param("u", username).param("p", passwordHash).param("r", role)
        .param("at", createdAt.withOffsetSameInstant(ZoneOffset.UTC))
        .update(key, "id");
    long id = key.getKey().longValue();
    for (String brin : brins) {
      jdbc.sql("insert into account_brin (account_id, brin) values (:id, :brin)").param("id", id).param("brin", brin).update();
    }
    return id;
  }

  /** False when there is no such account. */
  public boolean setEnabled(String username, boolean enabled) {
    return jdbc.sql("update account set enabled = :e where username = :u").param("e", enabled).param("u", username).update() == 1;
  }

  /** A new role and BRIN list; false when there is no such account. */
  public boolean setRole(String username, String role, Collection<String> brins) {
    Optional<AccountRow> account = find(username);
    if (account.isEmpty()) {
      return false;
    }
    long id = account.get().id();
    jdbc.sql("update account set role = :r where id = :id").param("r", role).param("id", id).update();
    jdbc.sql("delete from account_brin where account_id = :id").param("id", id).update();
    for (String brin : brins) {
      jdbc.sql("insert into account_brin (account_id, brin) values (:id, :brin)").param("id", id).param("brin", brin).update();
    }
    return true;
  }

  /** False when there is no such account. */
  public boolean setPasswordHash(String username, String passwordHash) {
    return jdbc.sql("update account set password_hash = :p where username = :u").param("p", passwordHash).param("u", username).update() == 1;
  }

  /** Removes the account and its BRINs; its name stays in the audit log and in decisions. False when there is no such account. */
  public boolean delete(String username) {
    Optional<AccountRow> account = find(username);
    if (account.isEmpty()) {
      return false;
    }
    jdbc.sql("delete from account_brin where account_id = :id").param("id", account.get().id()).update();
    return jdbc.sql("delete from account where id = :id").param("id", account.get().id()).update() == 1;
  }

  private List<String> brins(long accountId) {
    return jdbc.sql("select brin from account_brin where account_id = :id order by brin").param("id", accountId)
        .query(String.class).list();
  }
}
