package nl.routetoets.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The words and numbers of the report's pages in one language: texts from {@code report/messages*.properties}, Dutch
 * labels (or English ones) for codes, school names beside BRINs, and counts and rates written as that language writes
 * them ("1.234" and "12,3 %" in Dutch, "1,234" and "12.3%" in English). Small counts are withheld as {@link Figures}
 * says. One instance per language and run; the templates reach it as {@code f}.
 */
public final class ReportText {
  static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
  private static final String BUNDLE = "report.messages";
  /** Heat map classes: the share of a school's subjects with a violation, in five steps (and none). */
  private static final double[] HEAT = {0.02, 0.05, 0.10, 0.20};

  private final Locale locale;
  private final ResourceBundle bundle;
  private final Figures figures;
  private final Names names;

  /**
   * What the reference data calls codes: BRIN → the names of its vestigingen (DUO), profiel → its name.
   */
  record Names(Map<String, List<String>> schools, Map<String, String> profielen) {
    static final Names NONE = new Names(Map.of(), Map.of());

    static Names of(nl.routetoets.ruleset.Reference reference) {
      Map<String, String> profielen = new java.util.HashMap<>();
      reference.profielen().forEach(p -> profielen.put(p.code(), p.name()));
      return new Names(reference.schoolNames(), Map.copyOf(profielen));
    }
  }

  ReportText(Locale locale, Figures figures, Names names) {
    this.locale = locale;
    this.bundle = bundle(locale);
    this.figures = figures;
    this.names = names;
  }

  static ResourceBundle bundle(Locale locale) {
    // no fallback to the machine's own language: a Dutch page is Dutch wherever it is made
    return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Locale locale() {
    return locale;
  }

  public boolean english() {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  /** A count, or a rate, as this language writes it; "&lt;5" or "–" where suppression withholds it. */
  public String t(Fig fig) {
    if (fig == null) {
      return "–";
    }
    if (!fig.isRate()) {
      return figures.hidden(fig.n()) ? Figures.SMALL : NumberFormat.getIntegerInstance(locale).format(fig.n());
    }
    BigDecimal r = figures.rate(fig.n(), fig.of());
    if (r == null) {
      return "–";
    }
    String number = r.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    return english() ? number + "%" : number.replace('.', ',') + " %";
  }

  /** Whether the figure is withheld as a small count. */
  public boolean hidden(Fig fig) {
    return fig != null && figures.hidden(fig.n());
  }

  /** The heat map's class of a rate: {@code h0} (none) to {@code h5} (a fifth or more); withheld rates get {@code hx}. */
  public String heat(Fig rate) {
    if (rate.n() == 0) {
      return "h0";
    }
    BigDecimal r = figures.rate(rate.n(), rate.of());
    if (r == null) {
      return "hx";
    }
    double share = r.doubleValue();
    int step = 1;
    for (double limit : HEAT) {
      if (share >= limit) {
        step++;
      }
    }
    return "h" + step;
  }

  /** A text of the bundle, with arguments as {@link MessageFormat} places them. */
  public String msg(String key, Object... args) {
    String text = bundle.getString(key);
    return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
  }

  /** The label of a code of one kind ({@code code.KIND.CODE}, else {@code code.CODE}), or the code itself. */
  public String label(String kind, String code) {
    if (code == null) {
      return "–";
    }
    if ("group".equals(kind) && !"route".equals(code)) {
      return msg("group.students", label("regime", code));
    }
    if ("leerweg".equals(kind) && code.contains("/")) {
      List<String> parts = new java.util.ArrayList<>();
      for (String part : code.split("/")) {
        parts.add(label(kind, part));
      }
      return String.join(" / ", parts);
    }
    if ("sectorProfiel".equals(kind) && names.profielen().containsKey(code)) {
      return names.profielen().get(code) + " (" + code + ")";
    }
    for (String key : new String[] {"code." + kind + "." + code, "code." + code}) {
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return code;
  }

  /** The names the reference data gives a BRIN (its vestigingen), or an empty list for an unknown one. */
  public List<String> schoolNames(String brin) {
    return brin == null ? List.of() : names.schools().getOrDefault(brin, List.of());
  }

  /** "Name (BRIN)", "Name and Other (BRIN)", or the BRIN alone when the reference data does not know it. */
  public String school(String brin) {
    if (Aggregation.UNKNOWN.equals(brin)) {
      return msg("school.unknown");
    }
    List<String> names = schoolNames(brin);
    return names.isEmpty() ? brin : String.join(" / ", names) + " (" + brin + ")";
  }

  /** Thymeleaf's messages ({@code #{...}}) from the same bundle, in the context's language. */
  static final class Resolver implements IMessageResolver {
    @Override
    public String getName() {
      return "report";
    }

    @Override
    public Integer getOrder() {
      return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
      try {
        String text = bundle(context.getLocale()).getString(key);
        return args == null || args.length == 0 ? text : new MessageFormat(text, context.getLocale()).format(args);
      } catch (MissingResourceException e) {
        return null;
      }
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] args) {
      return "??" + key + "_" + context.getLocale().getLanguage() + "??";
    }
  }
}
