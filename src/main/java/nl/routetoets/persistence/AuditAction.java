package nl.routetoets.persistence;

/**
 * What an audit entry records. Stored by name in {@code audit_log.action}, so a name never changes:
 * rows written under it stay readable ({@link Columns} is the one place that converts).
 */
public enum AuditAction {
  APPLICATION_SUBMITTED,
  VERSION_SUBMITTED,
  DECISION_RECORDED,
  RULE_SET_RELOADED,
  RULE_SET_RELOAD_REFUSED,
  REPORT_STARTED,
  REPORT_FINISHED,
  REPORT_FAILED,
  REPORT_CANCELLED,
  ACCOUNT_CREATED,
  ACCOUNT_ENABLED,
  ACCOUNT_DISABLED,
  ACCOUNT_ROLE_CHANGED,
  ACCOUNT_PASSWORD_SET,
  ACCOUNT_DELETED,
  /** A school recorded a route under the law (its first version). */
  ROUTE_RECORDED,
  /** A school saved a new version of a route under the law. */
  ROUTE_VERSION_RECORDED,
  /** A reviewer assigned an application to a reviewer, or to nobody (the reviewer's desk, issue 13). */
  APPLICATION_ASSIGNED,
  /** A reviewer gave, changed or removed reasons for findings about a whole application version (issue 13). */
  FORM_REASONS_SAVED,
  /** A route approved in the version before stays approved in a new version: the school did not change it (details in Dutch). */
  APPROVAL_CARRIED_OVER,
  /** A route approved in the version before is decided again: it changed, was left out, or shows a new violation (details in Dutch). */
  APPROVAL_NOT_CARRIED_OVER,
  /** The school's answers to the reviewer's questions and the attachments sent with a version (details in Dutch). */
  VERSION_DIALOGUE
}
