package nl.routetoets.model;

import java.util.regex.Pattern;

/**
 * The one syntax of the ids of documents and their parts (application, trajectory, bundle, route, and
 * the references to them): 1 to 64 ASCII letters, digits, '-', '_' or '.', starting with a letter or
 * a digit. Such an id fits every id column, is safe in a URL path, a file name and a spreadsheet cell,
 * and cannot look like another (no look-alike letters, no invisible or right-to-left characters).
 * The published schemas say the same ({@code application.schema.json#/$defs/documentId}).
 */
public final class DocumentIds {
  public static final int MAX_LENGTH = 64;
  public static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  /** Says what an id is, for an error message. */
  public static final String RULE = "an id is 1 to 64 ASCII letters, digits, '-', '_' or '.', starting with a letter or digit";

  private DocumentIds() {}

  public static boolean valid(String id) {
    return id != null && id.length() <= MAX_LENGTH && SYNTAX.matcher(id).matches();
  }

  /** The problem with an id that is not valid, naming it as printable text. */
  public static String problem(String id) {
    return Printable.quote(id) + " is not a valid id: " + RULE;
  }

  /** The id if it is valid, else null: for naming the subject of an error without repeating what is wrong with it. */
  public static String orNull(String id) {
    return valid(id) ? id : null;
  }
}
