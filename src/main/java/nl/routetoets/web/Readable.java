package nl.routetoets.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.routetoets.ruleset.Reference;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * A value of an application document as a reviewer reads it: codes with their names (a qualification's crebo with
 * its name and level, a domain with its letter and name, a profiel with its name, all from the rule set's reference
 * data), yes and no, dates and times in words, in the page's language and in Dutch time. Nothing here judges a
 * value: a code the reference data does not know is shown as it is, saying so.
 */
final class Readable {
  /** How the value at a path reads. */
  enum Kind { TEXT, CODE, BOOL, DATE, INSTANT, NUMBER, YEARS, EURO, LEERWEG, PROFIEL, DOMAIN, QUALIFICATION, LEVEL }

  private final MessageSource messages;
  private final Locale locale;
  private final Reference reference;
  private final ZoneId zone;

  Readable(MessageSource messages, Locale locale, Reference reference, ZoneId zone) {
    this.messages = messages;
    this.locale = locale;
    this.reference = reference;
    this.zone = zone;
  }

  Locale locale() {
    return locale;
  }

  ZoneId zone() {
    return zone;
  }

  /** The value's text; a list's items joined. */
  String text(JsonNode v, Kind kind) {
    return String.join(", ", items(v, kind));
  }

  /** The value as one or more lines: a list gives one item each ("none listed" when empty). */
  List<String> items(JsonNode v, Kind kind) {
    if (absent(v)) {
      return List.of(msg("desk.value.unknown"));
    }
    if (v.isArray()) {
      if (v.isEmpty()) {
        return List.of(msg("desk.value.noneListed"));
      }
      List<String> out = new ArrayList<>();
      v.forEach(item -> out.add(one(item, kind)));
      return out;
    }
    return List.of(one(v, kind));
  }

  private String one(JsonNode v, Kind kind) {
    if (absent(v)) {
      return msg("desk.value.unknown");
    }
    if (v.isBoolean()) {
      return msg("code." + v.asBoolean());
    }
    String s = v.isString() ? v.asString() : v.toString();
    return switch (kind) {
      case TEXT -> s.isBlank() ? msg("desk.value.empty") : s;
      case CODE -> messages.getMessage("code." + s, null, s, locale);
      case BOOL -> "NONE".equals(s) ? messages.getMessage("code.NONE", null, s, locale) : s;
      case DATE -> date(s);
      case INSTANT -> instant(s);
      case NUMBER -> v.isNumber() ? NumberFormat.getIntegerInstance(locale).format(v.asLong()) : s;
      case YEARS -> v.isInt() ? messages.getMessage("desk.value.years", new Object[] {v.asInt()}, s, locale) : s;
      // euros in the page's language: "€ 1.250,00" in Dutch, "€1,250.00" in English (as in Ireland)
      case EURO -> v.isNumber() ? NumberFormat.getCurrencyInstance(Locale.forLanguageTag(
          "en".equals(locale.getLanguage()) ? "en-IE" : "nl-NL")).format(new BigDecimal(v.asString())) : s;
      case LEERWEG -> messages.getMessage("desk.leerweg." + s, null, s, locale);
      case PROFIEL -> profiel(s);
      case DOMAIN -> domain(s);
      case QUALIFICATION -> qualification(s);
      case LEVEL -> v.isInt() ? messages.getMessage("desk.value.level", new Object[] {v.asInt()}, s, locale) : s;
    };
  }

  private String profiel(String code) {
    Reference.Profiel p = reference == null ? null : reference.profiel(code);
    return p == null ? msg("desk.value.notInReference", code) : code + " – " + p.name();
  }

  private String domain(String domain) {
    if ("NONE".equals(domain)) {
      return messages.getMessage("code.NONE", null, domain, locale);
    }
    String letter = reference == null ? null : reference.domainLetter(domain);
    if (letter == null) {
      return msg("desk.value.notInReference", domain);
    }
    String name = reference.domainName(letter);
    return letter.equals(domain) || !domain.matches("\\d+") ? letter + " – " + name : letter + " – " + name + " (" + domain + ")";
  }

  private String qualification(String crebo) {
    Reference.Qualification q = reference == null ? null : reference.qualification(crebo);
    return q == null ? msg("desk.value.notInReference", crebo)
        : messages.getMessage("desk.value.qualification", new Object[] {crebo, q.name(), q.level()}, crebo, locale);
  }

  String date(String iso) {
    try {
      return date(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  String date(LocalDate d) {
    return d == null ? msg("desk.value.unknown") : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(d);
  }

  private String instant(String iso) {
    try {
      return dateTime(OffsetDateTime.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** A moment in the rule set's time zone (Dutch time), in words: "19 oktober 2016, 14:36". */
  String dateTime(OffsetDateTime t) {
    return t == null ? msg("desk.value.unknown")
        : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(t.atZoneSameInstant(zone));
  }

  /** A moment in Dutch time, short: "19-10-2016 14:36". */
  String shortDateTime(OffsetDateTime t) {
    return t == null ? "" : DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", locale).format(t.atZoneSameInstant(zone));
  }

  String msg(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  /** Whether the messages have a text for this key in the page's language. */
  boolean messagesHas(String key) {
    return messages.getMessage(key, null, null, locale) != null;
  }

  static boolean absent(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull();
  }

  /** The node at a dotted path below {@code doc}; a missing node where the way is not an object. */
  static JsonNode at(JsonNode doc, String path) {
    JsonNode n = doc;
    for (String part : path.split("\\.")) {
      n = n != null && n.isObject() ? n.path(part) : tools.jackson.databind.node.MissingNode.getInstance();
    }
    return n;
  }
}
