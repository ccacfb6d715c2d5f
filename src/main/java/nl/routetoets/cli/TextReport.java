package nl.routetoets.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.routetoets.model.Finding;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;

/** The readable report of {@code check --format text}: per document, per route, per article. */
final class TextReport {
  enum Language { nl, en }

  private final PrintWriter out;
  private final Language lang;
  private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);

  TextReport(PrintWriter out, Language lang) {
    this.out = out;
    this.lang = lang;
  }

  void print(Result r) {
    counts.merge(r.verdict(), 1, Integer::sum);
    Result.Subject s = r.subject();
    String where = s.file() == null ? "" : "  (" + s.file() + (s.line() == null ? "" : ":" + s.line()) + ")";
    out.println("== " + s.type() + " " + s.id() + " — " + verdict(r.verdict()) + where);
    if (r.verdict() == Verdict.INVALID || r.verdict() == Verdict.ERROR) {
      for (InputError e : r.errors()) {
        out.println("   " + t("fout", "error") + ": " + e);
      }
      out.println();
      return;
    }
    out.println("   " + t("peildatum", "as of") + " " + r.asOf() + ", regime " + r.regime() + otherRegimes(r)
        + ", " + t("regelset", "rule set") + " " + r.ruleSet().version());
    findings("   ", r.findings());
    for (Result.RouteResult route : r.routes()) {
      out.println("   -- route " + route.routeId() + " — " + verdict(route.verdict()));
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
        out.println(indent + "  [" + f.severity() + "] " + f.norm() + "  " + f.path());
        out.println(indent + "    " + pick(f.message()));
        if (f.fix() != null) {
          out.println(indent + "    " + t("Oplossing", "Fix") + ": " + pick(f.fix()));
        }
        if (f.interpretation() != null) {
          out.println(indent + "    " + t("Interpretatie", "Interpretation") + ": " + f.interpretation() + " (interpretations.md)");
        }
      }
    });
  }

  void summary() {
    out.println(t("Totaal", "Total") + ": " + counts.getOrDefault(Verdict.COMPLIANT, 0) + " COMPLIANT, "
        + counts.getOrDefault(Verdict.NEEDS_REVIEW, 0) + " NEEDS_REVIEW, "
        + counts.getOrDefault(Verdict.NON_COMPLIANT, 0) + " NON_COMPLIANT, "
        + counts.getOrDefault(Verdict.INVALID, 0) + " INVALID"
        + (counts.containsKey(Verdict.ERROR) ? ", " + counts.get(Verdict.ERROR) + " ERROR" : ""));
  }

  private String pick(Finding.Text text) {
    return lang == Language.nl ? text.nl() : text.en();
  }

  private String verdict(Verdict v) {
    return switch (v) {
      case COMPLIANT -> t("voldoet", "compliant") + " (COMPLIANT)";
      case NEEDS_REVIEW -> t("beoordeling nodig", "needs review") + " (NEEDS_REVIEW)";
      case NON_COMPLIANT -> t("voldoet niet", "not compliant") + " (NON_COMPLIANT)";
      case INVALID -> t("onleesbaar", "unreadable") + " (INVALID)";
      case ERROR -> t("niet getoetst: fout in de regels", "not checked: the rules failed") + " (ERROR)";
    };
  }

  private String t(String nl, String en) {
    return lang == Language.nl ? nl : en;
  }

  /** The regimes besides the start's that decided (a trajectory across 1 August 2022), as " (+ LAW_2020)"; empty when none did. */
  private String otherRegimes(Result r) {
    List<String> others = r.regimes() == null ? List.of() : r.regimes().stream().filter(x -> !x.equals(r.regime())).toList();
    return others.isEmpty() ? "" : " (" + t("ook", "also") + " " + String.join(", ", others) + ")";
  }
}
