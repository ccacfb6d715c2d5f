-- The database itself refuses to change history: audit entries and decisions (with their receipts).
create trigger audit_log_append_only before update, delete on audit_log
  for each row call 'nl.routetoets.persistence.AppendOnlyTrigger';
create trigger decision_append_only before update, delete on decision
  for each row call 'nl.routetoets.persistence.AppendOnlyTrigger';
