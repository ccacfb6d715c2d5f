package nl.routetoets.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * What goes with a version beside its document: the school's answers to the reviewer's questions and
 * the attachments (PDF). An attachment belongs to a draft until the draft is submitted, and from then on
 * to the version it went with; there is no code path that changes or removes a version's attachment.
 */
@Repository
public class DialogueStore {
  /** An attachment without its bytes; exactly one of {@code draftId} and {@code versionId} is set. */
  public record AttachmentRow(
      long id, Long draftId, Long versionId, AttachmentKind kind, String filename, long size, String sha256, String uploadedBy,
      OffsetDateTime uploadedAt) {}

  /** An answer to the question asked in version {@code askedIn} on a route. */
  public record AnswerRow(String routeId, int askedIn, String question, String answer) {}

  private static final String ATTACHMENT_COLUMNS = "id, draft_id, version_id, kind, filename, size_bytes, sha256, uploaded_by, uploaded_at";

  private final JdbcClient jdbc;

  public DialogueStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insertAttachment(long draftId, AttachmentKind kind, String filename, byte[] content, String sha256, String by,
      OffsetDateTime at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into attachment (draft_id, kind, filename, size_bytes, sha256, content, uploaded_by, uploaded_at)"
            + " values (:d, :k, :f, :s, :sha, :c, :by, :at)")
        .param("d", draftId).param("k", Columns.text(kind)).param("f", filename).param("s", (long) content.length).param("sha", sha256)
        .param("c", content).param("by", by).param("at", ApplicationStore.utc(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public List<AttachmentRow> ofDraft(long draftId) {
    return jdbc.sql("select " + ATTACHMENT_COLUMNS + " from attachment where draft_id = :d order by id").param("d", draftId)
        .query(DialogueStore::attachment).list();
  }

  public List<AttachmentRow> ofVersion(long versionId) {
    return jdbc.sql("select " + ATTACHMENT_COLUMNS + " from attachment where version_id = :v order by id").param("v", versionId)
        .query(DialogueStore::attachment).list();
  }

  public Optional<AttachmentRow> attachment(long id) {
    return jdbc.sql("select " + ATTACHMENT_COLUMNS + " from attachment where id = :id").param("id", id)
        .query(DialogueStore::attachment).optional();
  }

  public byte[] content(long id) {
    return jdbc.sql("select content from attachment where id = :id").param("id", id).query((rs, n) -> rs.getBytes(1)).single();
  }

  /** Removes an attachment of a draft (not of a version: those stay as they went). */
  public void deleteFromDraft(long draftId, long id) {
    jdbc.sql("delete from attachment where id = :id and draft_id = :d").param("id", id).param("d", draftId).update();
  }

  public void deleteAllOfDraft(long draftId) {
    jdbc.sql("delete from attachment where draft_id = :d").param("d", draftId).update();
  }

  /** The draft's attachments go with the version it was submitted as. */
  public void moveToVersion(long draftId, long versionId) {
    jdbc.sql("update attachment set version_id = :v, draft_id = null where draft_id = :d").param("v", versionId).param("d", draftId)
        .update();
  }

  public void insertAnswer(long versionId, AnswerRow a) {
    jdbc.sql("insert into version_answer (version_id, route_id, asked_in, question, answer) values (:v, :r, :in, :q, :a)")
        .param("v", versionId).param("r", a.routeId()).param("in", a.askedIn()).param("q", a.question()).param("a", a.answer())
        .update();
  }

  public List<AnswerRow> answers(long versionId) {
    return jdbc.sql("select route_id, asked_in, question, answer from version_answer where version_id = :v order by route_id")
        .param("v", versionId)
        .query((rs, n) -> new AnswerRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))).list();
  }

  private static AttachmentRow attachment(ResultSet rs, int n) throws SQLException {
    long draft = rs.getLong("draft_id");
    Long draftId = rs.wasNull() ? null : draft;
    long version = rs.getLong("version_id");
    Long versionId = rs.wasNull() ? null : version;
    return new AttachmentRow(rs.getLong("id"), draftId, versionId,
        Columns.read(AttachmentKind.class, "attachment.kind", rs.getString("kind")), rs.getString("filename"),
        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
  }
}
