-- The database itself refuses to change history: audit entries and decisions (with their receipts).
create function refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % refused', tg_table_name, tg_op;
end
$$;

create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function refuse_change();
create trigger decision_append_only before update or delete on decision
  for each row execute function refuse_change();
create trigger decision_no_truncate before truncate on decision
  for each statement execute function refuse_change();
