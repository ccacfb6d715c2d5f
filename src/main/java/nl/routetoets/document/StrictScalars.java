package nl.routetoets.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import nl.routetoets.model.Printable;
import nl.routetoets.model.Trajectory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.util.AccessPattern;

/**
 * Dates, instants and strings exactly as the published schema has them. Jackson on its own also takes a
 * number as a date (days or seconds since 1970), an array {@code [2016, 3, 1]}, a date with spaces around
 * it, a date-time in a date field, a year with a sign or more than four digits, and an instant without
 * seconds; the schema takes none of these, so the reader does not either. A string with an unpaired
 * surrogate ({@code "\ud800"}) is valid JSON syntax but no Unicode text: it cannot be written as UTF-8,
 * so it is refused here rather than failing later when a result or a stored document is written.
 */
final class StrictScalars extends SimpleModule {
  /** {@code application.schema.json#/$defs/date}. */
  static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  /** {@code application.schema.json#/$defs/dateTime}. */
  static final Pattern DATE_TIME =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

  StrictScalars() {
    super("routetoets-strict-scalars");
    addDeserializer(LocalDate.class, new Dates());
    addDeserializer(OffsetDateTime.class, new Instants());
    addDeserializer(String.class, new Strings());
    setDeserializerModifier(new ValueDeserializerModifier() {
      @Override
      public ValueDeserializer<?> modifyDeserializer(
          DeserializationConfig config, BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
        return bean.getBeanClass() == Trajectory.RouteRef.class ? new NotNull(deserializer) : deserializer;
      }
    });
  }

  /**
   * An object that may be left out but is never null: {@code route.ref}, whose schema is an object. A
   * route with {@code "ref": null} would otherwise pass as an empty inline route.
   */
  private static final class NotNull extends DelegatingDeserializer {
    NotNull(ValueDeserializer<?> delegatee) {
      super(delegatee);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
      return new NotNull(newDelegatee);
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      throw InvalidNullException.from(ctxt, null, ctxt.constructType(handledType()));
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }
  }

  /** Whether JsonReadErrors may show the exception's own message: it was worded here. */
  static boolean isOwn(InvalidFormatException e) {
    return e instanceof Refused;
  }

  /** A value refused here, with a message that says what to write instead. */
  private static final class Refused extends InvalidFormatException {
    Refused(JsonParser p, String message, Object value, Class<?> target) {
      super(p, message, value, target);
    }
  }

  private static String text(JsonParser p, DeserializationContext ctxt, Class<?> target) {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      ctxt.handleUnexpectedToken(target, p);
    }
    return p.getString();
  }

  /** A date: YYYY-MM-DD and nothing else; whether the day exists is left to Jackson's strict parser. */
  private static final class Dates extends ValueDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      String s = text(p, ctxt, LocalDate.class);
      if (!DATE.matcher(s).matches()) {
        throw new Refused(p, Printable.quote(s) + " is not a date: write YYYY-MM-DD", s, LocalDate.class);
      }
      return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
      return deserialize(p, ctxt);
    }
  }

  /** An instant: an ISO-8601 date-time with seconds and an offset, read as Jackson reads it (in UTC). */
  private static final class Instants extends ValueDeserializer<OffsetDateTime> {
    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
      String s = text(p, ctxt, OffsetDateTime.class);
      if (!DATE_TIME.matcher(s).matches()) {
        throw new Refused(p, Printable.quote(s) + " is not an instant: write an ISO-8601 date-time with seconds and an offset,"
            + " e.g. 2015-10-31T23:59:00+01:00", s, OffsetDateTime.class);
      }
      return InstantDeserializer.OFFSET_DATE_TIME.deserialize(p, ctxt);
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
      return deserialize(p, ctxt);
    }
  }

  /** A string as Jackson reads it, unless it holds an unpaired surrogate. */
  private static final class Strings extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String s = super.deserialize(p, ctxt);
      if (s != null && !Printable.wellFormed(s)) {
        throw new Refused(p, Printable.quote(s) + " is not Unicode text: it holds an unpaired surrogate", s, String.class);
      }
      return s;
    }
  }
}
