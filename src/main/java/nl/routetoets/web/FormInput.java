package nl.routetoets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routetoets.ruleset.Reference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What both school forms do with a typed value: read it as its kind, take the ways a Dutch school writes
 * it ("3.000" uren, "2017/2018", "12.500,50" euro, "19-10-2016", a domain by its name, a qualification
 * chosen from the list with its name), or name the problem in the page's language beside its field. A
 * value the form cannot read goes into the document as typed, so that the project's reader refuses it
 * too; the reader's own (English) words never reach a Dutch page for a problem the form names first.
 */
final class FormInput {
  private FormInput() {}

  /** What the form could not read: the field (its input name), a message key and its arguments. */
  record Problem(String path, String key, List<Object> args) {}

  /** Problems as a draft keeps them: path, message key, arguments as text. */
  static JsonNode toJson(List<Problem> problems) {
    var list = N.arrayNode();
    for (Problem p : problems) {
      var o = list.addObject();
      o.put("path", p.path());
      o.put("key", p.key());
      var args = o.putArray("args");
      p.args().forEach(arg -> args.add(String.valueOf(arg)));
    }
    return list;
  }

  /** The problems a draft kept; none for a draft that kept none. */
  static List<Problem> fromJson(JsonNode stored) {
    List<Problem> problems = new ArrayList<>();
    if (stored != null) {
      for (var p : stored) {
        List<Object> args = new ArrayList<>();
        p.path("args").forEach(arg -> args.add(arg.asString()));
        problems.add(new Problem(p.path("path").asString(), p.path("key").asString(), args));
      }
    }
    return problems;
  }

  private static final JsonNodeFactory N = JsonNodeFactory.instance;
  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
  /** "3.000", "3 000", "12.500.000": groups of three digits with a point or a (non-breaking) space between them. */
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.\\s\u00a0\u202f]\\d{3})+");
  /** A unit after a number that the form's label already names. */
  private static final Pattern UNIT = Pattern.compile("\\s*(uur|uren|klokuren|jaar|jaren|euro|eur)\\.?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})\\s*[-/\u2013\u2014]\\s*(\\d{2}|\\d{4})");
  private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
  /** A code chosen from a list, with its name after it: "25333 – Monteur …", "79020 – Techniek …". */
  private static final Pattern CODE_WITH_NAME = Pattern.compile("(\\S+)\\s+[\u2013\u2014-]\\s+.*");
  private static final Pattern CREBO = Pattern.compile("\\d{5}");

  /** A whole number; "3.000" and "3 000 uur" are 3000. */
  static JsonNode integer(String path, String typed, List<Problem> problems) {
    String v = UNIT.matcher(typed).replaceFirst("").strip();
    if (GROUPED.matcher(v).matches()) {
      v = v.replaceAll("[.\\s\u00a0\u202f]", "");
    }
    if (WHOLE.matcher(v).matches()) {
      return N.numberNode(Integer.parseInt(v));
    }
    return unread(path, typed, "form.problem.int", problems);
  }

  /**
   * An amount: "12500", "12500,50", "12.500,50", "€ 12.500" (a point before three digits groups thousands,
   * as in Dutch), or "12500.50" (a point before one or two digits is a decimal point).
   */
  static JsonNode decimal(String path, String typed, List<Problem> problems) {
    String v = UNIT.matcher(typed.replace("€", "")).replaceFirst("").strip();
    String plain;
    if (v.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
      plain = v.replace(".", "").replace(',', '.');
    } else if (v.matches("-?\\d+(,\\d+)?")) {
      plain = v.replace(',', '.');
    } else if (v.matches("-?\\d+(\\.\\d{1,2})?")) {
      plain = v;
    } else {
      return unread(path, typed, "form.problem.decimal", problems);
    }
    return plain.matches("-?\\d{1,9}") ? N.numberNode(Integer.parseInt(plain)) : N.numberNode(new BigDecimal(plain));
  }

  /** A date as the formats write it (2016-10-19), also typed the Dutch way (19-10-2016). */
  static JsonNode date(String path, String typed, List<Problem> problems) {
    String v = typed.strip();
    Matcher dutch = DUTCH_DATE.matcher(v);
    if (dutch.matches()) {
      v = String.format(Locale.ROOT, "%s-%02d-%02d", dutch.group(3), Integer.parseInt(dutch.group(2)), Integer.parseInt(dutch.group(1)));
    }
    try {
      LocalDate.parse(v);
      return N.stringNode(v);
    } catch (DateTimeParseException e) {
      return unread(path, typed, "form.problem.date", problems);
    }
  }

  /** A school year as the formats write it (2017-2018), also typed "2017/2018", "2017 – 2018" or "2017/18". */
  static JsonNode schoolYear(String path, String typed, List<Problem> problems) {
    Matcher m = SCHOOL_YEAR.matcher(typed.strip());
    if (m.matches()) {
      int first = Integer.parseInt(m.group(1));
      int second = m.group(2).length() == 2 ? first / 100 * 100 + Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(2));
      if (second == first + 1) {
        return N.stringNode(first + "-" + second);
      }
    }
    return unread(path, typed, "form.problem.schoolYear", problems);
  }

  /**
   * An opleidingsdomein as the formats take it: its crebo or letter as chosen or typed; a name ("techniek en
   * procesindustrie") becomes the crebo of its row. What names no domain is kept as typed: the rules of the
   * experiment say so themselves (N-SCOPE-4); where they do not ({@code unknownIsProblem}), the form does.
   */
  static JsonNode domain(String path, String typed, Reference reference, boolean noneAllowed, boolean unknownIsProblem,
      List<Problem> problems) {
    String v = typed.strip();
    Matcher withName = CODE_WITH_NAME.matcher(v);
    if (withName.matches() && code(withName.group(1), reference, noneAllowed) != null) {
      v = withName.group(1);
    }
    String code = code(v, reference, noneAllowed);
    if (code != null) {
      return N.stringNode(code);
    }
    String letter = reference.domainLetter(v);
    if (letter != null) {
      return N.stringNode(crebo(letter, v, reference));
    }
    if (unknownIsProblem) {
      problems.add(new Problem(path, "form.problem.domain", List.of(typed.strip())));
    }
    return N.stringNode(typed.strip());
  }

  /** A domain's crebo as it is, its letter in lower case, NONE where it may be none; null when it is none of these. */
  private static String code(String v, Reference reference, boolean noneAllowed) {
    if (noneAllowed && v.equalsIgnoreCase("NONE")) {
      return "NONE";
    }
    for (Reference.Domain d : reference.domains()) {
      if (d.crebo().equals(v)) {
        return v;
      }
      if (d.letter().equalsIgnoreCase(v)) {
        return d.letter();
      }
    }
    return null;
  }

  /** The crebo of the row whose name is typed (of domain p, the row without the AOC note comes first in the file). */
  private static String crebo(String letter, String typed, Reference reference) {
    String name = typed.strip().replaceAll("\\s+", " ");
    return reference.domains().stream().filter(d -> d.letter().equals(letter) && d.name().equalsIgnoreCase(name)).findFirst()
        .or(() -> reference.domains().stream().filter(d -> d.letter().equals(letter)).findFirst())
        .map(Reference.Domain::crebo).orElse(letter);
  }

  /**
   * The qualifications of a route: the crebos ticked in the list and those typed beside it, separated by
   * commas, semicolons or spaces, each also as chosen from a list ("25333 – Monteur …") or by its exact name.
   * What is neither stays as typed, for the reader to refuse ("is not a crebo code"), and is named beside the field.
   */
  static ArrayNode qualifications(String path, String[] given, Reference reference, List<Problem> problems) {
    Set<String> crebos = new LinkedHashSet<>();
    if (given != null) {
      for (String value : given) {
        for (String piece : value.split("[,;\\n]")) {
          crebos.addAll(crebos(path, piece.strip(), reference, problems));
        }
      }
    }
    ArrayNode list = N.arrayNode();
    crebos.forEach(list::add);
    return list;
  }

  private static List<String> crebos(String path, String piece, Reference reference, List<Problem> problems) {
    if (piece.isEmpty()) {
      return List.of();
    }
    Matcher withName = CODE_WITH_NAME.matcher(piece);
    if (withName.matches() && CREBO.matcher(withName.group(1)).matches()) {
      return List.of(withName.group(1));
    }
    if (piece.matches("[\\d\\s]+")) {
      return List.of(piece.split("\\s+"));
    }
    List<String> named = reference.qualifications().stream().filter(q -> q.name().equalsIgnoreCase(piece))
        .map(Reference.Qualification::crebo).toList();
    if (named.size() == 1) {
      return named;
    }
    if (named.size() > 1) {
      // the same name in the list of 2012 and the revised one: which is meant, the school says
      problems.add(new Problem(path, "form.problem.qualificationAmbiguous", List.of(piece, String.join(", ", named))));
      return List.of(piece);
    }
    problems.add(new Problem(path, "form.problem.qualification", List.of(piece)));
    return List.of(piece);
  }

  /** A BRIN as the registers write it: four characters in capitals ("00ah" is 00AH); chosen with its name, the BRIN. */
  static JsonNode brin(String typed) {
    String v = typed.strip();
    Matcher withName = CODE_WITH_NAME.matcher(v);
    if (withName.matches()) {
      v = withName.group(1);
    }
    return N.stringNode(v.matches("[0-9A-Za-z]{4}") ? v.toUpperCase(Locale.ROOT) : v);
  }

  /** What the form cannot read as its field's kind: named beside the field, and kept as typed. */
  private static JsonNode unread(String path, String typed, String key, List<Problem> problems) {
    problems.add(new Problem(path, key, List.of(typed)));
    return N.stringNode(typed);
  }

  /** The items of a list field as the form shows them (one value each). */
  static List<String> items(JsonNode node) {
    List<String> items = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(item -> items.add(item.isString() ? item.asString() : item.toString()));
    }
    return items;
  }
}
