package nl.routetoets.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The reader's errors about a document (DocumentValidator, JsonReadErrors: English, naming JSON paths and
 * types) in the words of a school's form page. On an English page the reader's own sentence is shown; on
 * a Dutch page never: the error is said again in Dutch from what it names ("… is not one of …", "impossible
 * date", "unknown field"), and one the form does not know is said in general terms beside its field. The
 * forms read most values themselves first ({@link FormInput}), so these are the rarer ones: a value of an
 * uploaded file, a route id used twice, a number out of range.
 */
final class ReaderErrors {
  private ReaderErrors() {}

  private record Said(Pattern pattern, String key) {}

  /** Each pattern's groups are the message's arguments, in order. */
  private static final List<Said> SAID = List.of(
      new Said(Pattern.compile("\"(.*)\" is not one of .*", Pattern.DOTALL), "form.reader.notOneOf"),
      new Said(Pattern.compile("impossible date or time \"(.*)\".*", Pattern.DOTALL), "form.problem.date"),
      new Said(Pattern.compile("impossible date or time.*", Pattern.DOTALL), "form.reader.date"),
      new Said(Pattern.compile("\"(.*)\" is not a crebo code.*", Pattern.DOTALL), "form.problem.qualification"),
      new Said(Pattern.compile("\"(.*)\" is not a whole number.*", Pattern.DOTALL), "form.problem.int"),
      new Said(Pattern.compile("\"(.*)\" is not a number.*", Pattern.DOTALL), "form.problem.decimal"),
      new Said(Pattern.compile("\"(.*)\" is not a date.*", Pattern.DOTALL), "form.problem.date"),
      new Said(Pattern.compile("wrong type: expected a whole number.*|out of range.*", Pattern.DOTALL), "form.reader.int"),
      new Said(Pattern.compile("wrong type: expected a number.*", Pattern.DOTALL), "form.reader.decimal"),
      new Said(Pattern.compile("unknown field \"(.*)\".*", Pattern.DOTALL), "form.reader.unknownField"),
      new Said(Pattern.compile("must not be null.*", Pattern.DOTALL), "form.reader.required"),
      new Said(Pattern.compile("\"(.*)\" is not a valid id.*", Pattern.DOTALL), "form.problem.id"),
      new Said(Pattern.compile("every (?:document|route) needs an? \"(?:id|routeId)\".*", Pattern.DOTALL), "form.reader.required"),
      new Said(Pattern.compile("route id \"(.*)\" is used twice.*", Pattern.DOTALL), "form.reader.routeIdTwice"),
      new Said(Pattern.compile("an application requests at least one route.*", Pattern.DOTALL), "form.reader.noRoute"),
      new Said(Pattern.compile("a school year is written .*not \"(.*)\".*", Pattern.DOTALL), "form.problem.schoolYear"),
      new Said(Pattern.compile("school year \"(.*)\" is not two consecutive years.*", Pattern.DOTALL), "form.problem.schoolYear"),
      new Said(Pattern.compile("\"?(-?[\\d.]+)\"? is not (-?\\d+) or more.*", Pattern.DOTALL), "form.reader.atLeast"),
      new Said(Pattern.compile("\"?(-?[\\d.]+)\"? is not between (-?\\d+) and (-?\\d+).*", Pattern.DOTALL), "form.reader.between"));

  /** The reader's problem in the page's language: as it is on an English page, in Dutch words otherwise. */
  static String say(String problem, MessageSource messages, Locale locale) {
    String text = problem == null ? "" : problem;
    if ("en".equals(locale.getLanguage())) {
      return text;
    }
    for (Said said : SAID) {
      Matcher m = said.pattern().matcher(text);
      if (m.matches()) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = m.group(i + 1);
        }
        return messages.getMessage(said.key(), args, locale);
      }
    }
    return messages.getMessage("form.reader.other", null, locale);
  }
}
