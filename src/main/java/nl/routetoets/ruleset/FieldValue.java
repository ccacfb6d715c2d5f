package nl.routetoets.ruleset;

/**
 * A fact that points at a field of the document, with the value found there when the message shows
 * it. The finding's facts keep the JSON path and the code value; a message shows the field's label
 * and the value's word (FactWords): {@code 'Cijferlijst verstrekt': nee}, or only the label when
 * there is no value.
 */
public record FieldValue(String field, Object value) {
  /** The field alone, for a message that names where something is recorded. */
  public static FieldValue of(String field) {
    return new FieldValue(field, null);
  }
}
