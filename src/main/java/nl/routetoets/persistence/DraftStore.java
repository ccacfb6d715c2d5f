package nl.routetoets.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.routetoets.model.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/**
 * Drafts of the school's forms, kept on the server so that no work is lost: the form's document as
 * last saved, what the form could not read, the check result shown for it, and the answers typed for a
 * new version. Every save raises the draft's revision; a save against an older revision changes nothing,
 * so that one window never overwrites what another saved. Like the other stores: typed rows in and out,
 * {@link Columns} converts, and the caller's transaction commits before the answer goes out.
 */
@Repository
public class DraftStore {
  /**
   * A draft as stored. {@code problems} and {@code result} null when the form had none or was not
   * checked; {@code answers} a JSON object of route id → answer.
   */
  public record DraftRow(
      long id, String schoolBrin, DraftKind kind, String versionOf, String documentId, JsonNode document, JsonNode problems,
      JsonNode result, Verdict verdict, JsonNode answers, int revision, String createdBy, OffsetDateTime createdAt, String updatedBy,
      OffsetDateTime updatedAt, OffsetDateTime checkedAt) {}

  /** A draft in a list: without its document and result. */
  public record DraftSummary(
      long id, String schoolBrin, DraftKind kind, String versionOf, String documentId, Verdict verdict, int revision, String updatedBy,
      OffsetDateTime updatedAt, OffsetDateTime checkedAt) {}

  /** What a save writes; {@code result} and {@code verdict} null for a draft saved without a check. */
  public record Content(
      String documentId, JsonNode document, JsonNode problems, JsonNode result, Verdict verdict, JsonNode answers,
      OffsetDateTime checkedAt) {}

  private final JdbcClient jdbc;

  public DraftStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String schoolBrin, DraftKind kind, String versionOf, Content c, String by, OffsetDateTime at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into form_draft (school_brin, kind, version_of, document_id, document, problems, result, verdict, answers,"
            + " revision, created_by, created_at, updated_by, updated_at, checked_at)"
            + " values (:b, :k, :vo, :d, :doc, :p, :r, :v, :a, 1, :by, :at, :by, :at, :ch)")
        .param("b", schoolBrin).param("k", Columns.text(kind)).param("vo", versionOf)
        .params(contentParams(c)).param("by", by).param("at", ApplicationStore.utc(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** Writes a save over the draft if it is still at {@code revision}; false (nothing written) if another save came first. */
  public boolean update(long id, int revision, Content c, String by, OffsetDateTime at) {
    return jdbc.sql("update form_draft set document_id = :d, document = :doc, problems = :p, result = :r, verdict = :v, answers = :a,"
            + " checked_at = :ch, revision = revision + 1, updated_by = :by, updated_at = :at where id = :id and revision = :rev")
        .params(contentParams(c)).param("by", by).param("at", ApplicationStore.utc(at)).param("id", id).param("rev", revision)
        .update() == 1;
  }

  private static java.util.Map<String, Object> contentParams(Content c) {
    var p = new java.util.HashMap<String, Object>();
    p.put("d", c.documentId());
    p.put("doc", Columns.json(c.document()));
    p.put("p", c.problems() == null ? null : Columns.json(c.problems()));
    p.put("r", c.result() == null ? null : Columns.json(c.result()));
    p.put("v", Columns.text(c.verdict()));
    p.put("a", Columns.json(c.answers()));
    p.put("ch", c.checkedAt() == null ? null : ApplicationStore.utc(c.checkedAt()));
    return p;
  }

  public Optional<DraftRow> find(long id) {
    return jdbc.sql("select * from form_draft where id = :id").param("id", id).query(DraftStore::draft).optional();
  }

  /** The drafts of these schools, most recently saved first. */
  public List<DraftSummary> list(Collection<String> brins) {
    if (brins.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select id, school_brin, kind, version_of, document_id, verdict, revision, updated_by, updated_at, checked_at"
            + " from form_draft where school_brin in (:b) order by updated_at desc, id desc")
        .param("b", List.copyOf(brins))
        .query((rs, n) -> new DraftSummary(rs.getLong("id"), rs.getString("school_brin"),
            Columns.read(DraftKind.class, "form_draft.kind", rs.getString("kind")), rs.getString("version_of"),
            rs.getString("document_id"), Columns.read(Verdict.class, "form_draft.verdict", rs.getString("verdict")),
            rs.getInt("revision"), rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class),
            rs.getObject("checked_at", OffsetDateTime.class)))
        .list();
  }

  /** The school's draft of a new version of this application, if it has one (the oldest, should there be several). */
  public Optional<Long> versionDraft(String schoolBrin, String applicationId) {
    return jdbc.sql("select id from form_draft where school_brin = :b and version_of = :a order by id")
        .param("b", schoolBrin).param("a", applicationId).query(Long.class).list().stream().findFirst();
  }

  public int count(String schoolBrin) {
    return jdbc.sql("select count(*) from form_draft where school_brin = :b").param("b", schoolBrin).query(Integer.class).single();
  }

  /** Removes a draft; its attachments must be gone or moved first ({@link DialogueStore}). */
  public void delete(long id) {
    jdbc.sql("delete from form_draft where id = :id").param("id", id).update();
  }

  private static DraftRow draft(ResultSet rs, int n) throws SQLException {
    String problems = rs.getString("problems");
    String result = rs.getString("result");
    return new DraftRow(rs.getLong("id"), rs.getString("school_brin"),
        Columns.read(DraftKind.class, "form_draft.kind", rs.getString("kind")), rs.getString("version_of"),
        rs.getString("document_id"), Columns.tree("form_draft.document", rs.getString("document")),
        problems == null ? null : Columns.tree("form_draft.problems", problems),
        result == null ? null : Columns.tree("form_draft.result", result),
        Columns.read(Verdict.class, "form_draft.verdict", rs.getString("verdict")),
        Columns.tree("form_draft.answers", rs.getString("answers")), rs.getInt("revision"), rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class), rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class),
        rs.getObject("checked_at", OffsetDateTime.class));
  }
}
