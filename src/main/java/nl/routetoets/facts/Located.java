package nl.routetoets.facts;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fact that stands for one JSON object of a document. It knows its JSON path, so that a finding
 * can point at the field it is about, and its components carry the names of that object's fields.
 */
public interface Located {
  /** The JSON path of the object this fact stands for: "" for the document itself. */
  String path();

  /** The JSON path of one of this object's fields (or of a field below it: "hours.total"). */
  default String at(String field) {
    String path = path();
    return path == null || path.isEmpty() ? field : path + "." + field;
  }

  /**
   * The paths of the named fields that are not known (null), in the order given: what a REVIEW
   * finding names. A name that is no component of this fact is a mistake in a rule and throws.
   */
  default String[] missing(String... fields) {
    Map<String, Method> accessors = Accessors.OF.get(getClass());
    List<String> paths = new ArrayList<>();
    for (String field : fields) {
      Method accessor = accessors.get(field);
      if (accessor == null) {
        throw new IllegalArgumentException(getClass().getSimpleName() + " has no field \"" + field + "\"");
      }
      try {
        if (accessor.invoke(this) == null) {
          paths.add(at(field));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return paths.toArray(new String[0]);
  }

  /** The record accessors of each fact class, looked up once. */
  final class Accessors {
    private Accessors() {}

    static final ClassValue<Map<String, Method>> OF = new ClassValue<>() {
      @Override
      protected Map<String, Method> computeValue(Class<?> type) {
        Map<String, Method> accessors = new HashMap<>();
        RecordComponent[] components = type.getRecordComponents();
        if (components != null) {
          for (RecordComponent c : components) {
            accessors.put(c.getName(), c.getAccessor());
          }
        }
        return Map.copyOf(accessors);
      }
    };
  }
}
