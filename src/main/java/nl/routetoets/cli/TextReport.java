package nl.routetoets.cli;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.routetoets.document.JsonReadErrors;
import nl.routetoets.model.Finding;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;

/**
 * The readable report of {@code check --format text}: per document, per route, per article, in one language.
 * Its words are the pages' ({@code messages.properties}, {@code messages_en.properties}): the verdicts and
 * severities as the pages name them, and the command line's own labels ({@code cli.*}). The findings carry
 * both languages; a problem with the input is in English unless the reader words it in Dutch as well
 * ({@link JsonReadErrors#dutch}).
 */
final class TextReport {
  enum Language {
    nl, en;

    /** The language of this locale when it is Dutch or English; Dutch otherwise (the product is Dutch first). */
    static Language of(Locale locale) {
      return locale != null && "en".equals(locale.getLanguage()) ? en : nl;
    }

    Locale locale() {
      return Locale.forLanguageTag(name());
    }
  }

  private final PrintWriter out;
  private final Language lang;
  private final ResourceBundle words;
  private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);

  TextReport(PrintWriter out, Language lang) {
    this.out = out;
    this.lang = lang;
    // no fallback to the machine's locale: Dutch is messages.properties itself
    this.words = ResourceBundle.getBundle("messages", lang.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  void print(Result r) {
    counts.merge(r.verdict(), 1, Integer::sum);
    Result.Subject s = r.subject();
    String where = s.file() == null ? "" : "  (" + s.file() + (s.line() == null ? "" : ":" + s.line()) + ")";
    String subject = word("cli.subject." + (s.type() == null ? "document" : s.type())) + (s.id() == null ? "" : " " + s.id());
    out.println("== " + subject + " — " + word("verdict." + r.verdict().name()) + where);
    if (r.verdict() == Verdict.INVALID || r.verdict() == Verdict.ERROR) {
      for (InputError e : r.errors()) {
        out.println("   " + word("cli.error") + ": " + error(e));
      }
      out.println();
      return;
    }
    String others = otherRegimes(r);
    out.println("   " + format("cli.asOf", String.valueOf(r.asOf()), r.regime(), others.isEmpty() ? "" : format("cli.alsoRegimes", others),
        r.ruleSet().version()));
    findings("   ", r.findings());
    for (Result.RouteResult route : r.routes()) {
      out.println("   -- route " + route.routeId() + " — " + word("verdict." + route.verdict().name()));
      findings("      ", route.findings());
    }
    out.println();
  }

  private void findings(String indent, List<Finding> findings) {
    Map<String, List<Finding>> byArticle = new LinkedHashMap<>();
    findings.forEach(f -> byArticle.computeIfAbsent(f.article().citation(), k -> new ArrayList<>()).add(f));
    byArticle.forEach((article, list) -> {
      out.println(indent + article);
      for (Finding f : list) {
        out.println(indent + "  [" + word("severity." + f.severity().name()) + "] " + f.norm() + "  " + f.path());
        out.println(indent + "    " + pick(f.message()));
        if (f.fix() != null) {
          out.println(indent + "    " + word("cli.fix") + ": " + pick(f.fix()));
        }
        if (f.interpretation() != null) {
          out.println(indent + "    " + word("cli.interpretation") + ": " + f.interpretation() + " (interpretations.md)");
        }
      }
    });
  }

  void summary() {
    out.println(format("cli.total", n(Verdict.COMPLIANT), n(Verdict.NEEDS_REVIEW), n(Verdict.NON_COMPLIANT), n(Verdict.INVALID))
        + (counts.containsKey(Verdict.ERROR) ? format("cli.total.errors", n(Verdict.ERROR)) : ""));
  }

  /** Where the problem is and what it is, in the report's language when the reader words it in Dutch too. */
  private String error(InputError e) {
    String problem = lang == Language.nl && JsonReadErrors.dutch(e.problem()) != null ? JsonReadErrors.dutch(e.problem()) : e.problem();
    return new InputError(e.file(), e.line(), e.path(), problem).toString();
  }

  private int n(Verdict v) {
    return counts.getOrDefault(v, 0);
  }

  private String pick(Finding.Text text) {
    return lang == Language.nl ? text.nl() : text.en();
  }

  /** The word for this key; a key without one (a subject type the words do not know) is shown as its last part. */
  private String word(String key) {
    return words.containsKey(key) ? words.getString(key) : key.substring(key.lastIndexOf('.') + 1);
  }

  private String format(String key, Object... args) {
    return new MessageFormat(words.getString(key), lang.locale()).format(args);
  }

  /** The regimes besides the start's that decided (a trajectory across 1 August 2022), comma-separated; empty when none did. */
  private static String otherRegimes(Result r) {
    List<String> others = r.regimes() == null ? List.of() : r.regimes().stream().filter(x -> !x.equals(r.regime())).toList();
    return String.join(", ", others);
  }
}
