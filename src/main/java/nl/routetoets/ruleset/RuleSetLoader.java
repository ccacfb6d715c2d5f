package nl.routetoets.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.routetoets.model.Finding.Citation;
import nl.routetoets.model.Finding.Text;
import nl.routetoets.model.Result.RuleSetRef;
import nl.routetoets.model.Severity;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a {@link RuleSet} from a rules folder: every {@code *.drl} file, the parameters, the
 * reference data, the norm catalogue. Anything wrong stops the load with {@code file:line} errors.
 */
public final class RuleSetLoader {
  static final String RULESET_FILE = "ruleset.json";
  static final String NORMS_FILE = "norms.json";
  private static final String KIE_ROOT = "src/main/resources/";
  private static final Set<String> REQUIRED_METADATA =
      Set.of("norm", "severity", "regime", "regulation", "article", "textVersion", "nl", "en");
  private static final AtomicLong BUILDS = new AtomicLong();
  /** The regulation a WVO article of the structural law is cited from on and after 1 August 2022 (N-LAW-27). */
  private static final String RENUMBERED_WVO = "WVO2020";

  record RuleSetFile(String about, String version, Map<String, String> regulations) {}

  private RuleSetLoader() {}

  /** The rule set of a folder, compiled or taken from the standard cache ({@link RuleCache#standard}). */
  public static RuleSet load(Path folder) throws RuleSetException {
    return load(folder, RuleCache.standard(null));
  }

  /** The rule set of a folder: taken from the cache when it holds this folder's compiled rules, else compiled and kept there. */
  public static RuleSet load(Path folder, RuleCache cache) throws RuleSetException {
    return identify(folder, cache).get();
  }

  /**
   * What a folder's rule set is (version and sha256), read at once; the rules themselves are loaded when
   * {@link Pending#get} first asks for them. A caller can so read its input first and answer input that needs no
   * rules without loading them (measured: a command that answered an unreadable document took a quarter longer
   * when it loaded the rules beside it on the second processor, and one that checked a document took no less time).
   * A folder without its ruleset.json fails here; anything else wrong, at {@link Pending#get}.
   */
  public static Pending identify(Path folder, RuleCache cache) throws RuleSetException {
    Path root = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new RuleSetException(List.of(folder + ": no such rules folder"));
    }
    String rulesetJson;
    List<Path> files;
    try {
      files = allFiles(root);
      rulesetJson = Files.readString(root.resolve(RULESET_FILE));
    } catch (IOException | RuntimeException e) {
      throw new RuleSetException(List.of(e.getMessage()));
    }
    RuleSetRef ref = new RuleSetRef(version(rulesetJson), sha256(root, files));
    return new Pending(ref, () -> load(folder, root, files, rulesetFile(rulesetJson), ref, cache));
  }

  /** ruleset.json, read strictly: an unknown field or a value of the wrong type is a problem of the rule set. */
  private static RuleSetFile rulesetFile(String json) throws RuleSetException {
    try {
      return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readValue(json, RuleSetFile.class);
    } catch (RuntimeException e) {
      throw new RuleSetException(List.of(RULESET_FILE + ": " + e.getMessage()));
    }
  }

  /**
   * The version in ruleset.json, read with the streaming parser alone (null when it names none), so that knowing a rule
   * set does not build Jackson's data binding: a command answering an unreadable document took a third longer with it
   * (docs/performance.md, issue 14). The whole file is read strictly, by {@link #rulesetFile}, when the rules load.
   */
  static String version(String rulesetJson) throws RuleSetException {
    try (JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), rulesetJson)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new RuleSetException(List.of(RULESET_FILE + ": not a JSON object"));
      }
      for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("version") && value == JsonToken.VALUE_STRING) {
          return parser.getString();
        }
        parser.skipChildren();
      }
      return null;
    } catch (JacksonException e) {
      throw new RuleSetException(List.of(RULESET_FILE + ": " + e.getOriginalMessage()));
    }
  }

  /** A rule set known by its version and sha256, loaded when first asked for. */
  public static final class Pending {
    private final RuleSetRef ref;
    private final java.util.concurrent.FutureTask<RuleSet> task;

    private Pending(RuleSetRef ref, java.util.concurrent.Callable<RuleSet> load) {
      this.ref = ref;
      this.task = new java.util.concurrent.FutureTask<>(load);
    }

    /** The version and sha256 of the rule set, known before it is compiled. */
    public RuleSetRef ref() {
      return ref;
    }

    /** The rule set, loaded now if it was not before; its problems when it cannot be. */
    public RuleSet get() throws RuleSetException {
      task.run(); // nothing when it has run
      return result(task);
    }

    /** What a task gave, or the problems it threw. */
    static <T> T result(java.util.concurrent.Future<T> task) throws RuleSetException {
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RuleSetException(List.of("interrupted while the rules were loading"));
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof RuleSetException problems) {
          throw problems;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new RuleSetException(List.of(String.valueOf(e.getCause())));
      }
    }
  }

  /**
   * The rule base on a thread of its own (compiled, or read from the cache, which needs no JSON), the parameters,
   * reference data and norms (JSON) on this one: on two processors the two take about as long as the longer.
   */
  private static RuleSet load(Path folder, Path root, List<Path> files, RuleSetFile meta, RuleSetRef ref, RuleCache cache)
      throws RuleSetException {
    List<Path> drls = files.stream().filter(p -> p.toString().endsWith(".drl")).toList();
    if (drls.isEmpty()) {
      throw new RuleSetException(List.of(folder + ": holds no .drl files"));
    }
    FutureTask<KieBase> compiled = new FutureTask<>(() -> compiled(folder, root, drls, ref.sha256(), cache));
    Thread building = new Thread(compiled, "build-rule-base");
    building.setDaemon(true);
    building.start();
    Parameters parameters;
    Reference reference;
    NormCatalogue norms;
    try {
      parameters = Parameters.load(root.resolve("parameters"));
      reference = Reference.load(root.resolve("reference"), parameters.qualificationStructures());
      norms = NormCatalogue.load(root.resolve(NORMS_FILE));
    } catch (IOException | RuntimeException e) {
      throw new RuleSetException(List.of(e.getMessage()));
    }
    KieBase kieBase = Pending.result(compiled);
    List<String> problems = new ArrayList<>();
    Map<String, RuleInfo> rules = ruleInfo(folder, kieBase, meta, parameters.law().renumbered(), norms, problems);
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new RuleSet(ref, kieBase, rules, parameters, reference, norms, null);
  }

  /** The rule base of the DRL files: built before in this process, kept in the cache, or compiled now (and kept). */
  private static KieBase compiled(Path folder, Path root, List<Path> drls, String sha256, RuleCache cache) throws RuleSetException {
    RuleCache.Key key = RuleCache.key(sha256);
    if (key == null) {
      return compile(folder, root, drls);
    }
    KieBase kieBase = RuleCache.built(key);
    if (kieBase == null) {
      kieBase = cache.read(key).orElse(null);
      if (kieBase == null) {
        kieBase = compile(folder, root, drls);
        cache.write(key, kieBase);
      }
      RuleCache.remember(key, kieBase);
    }
    return kieBase;
  }

  /** How many rule sets this process compiled: to see, in tests, that one came from the cache. */
  static long compilations() {
    return BUILDS.get();
  }

  /** Compiles the DRL files; anything wrong stops it with {@code file:line} errors. */
  static KieBase compile(Path folder, Path root, List<Path> drls) throws RuleSetException {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId releaseId = ks.newReleaseId("nl.routetoets", "rules", "1.0." + BUILDS.incrementAndGet());
    kfs.generateAndWritePomXML(releaseId);
    for (Path drl : drls) {
      kfs.write(KIE_ROOT + relative(root, drl), read(drl));
    }
    List<String> problems = new ArrayList<>();
    KieContainer container;
    try {
      KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
      for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
        problems.add(where(folder, m) + ": " + m.getText().strip());
      }
      if (!problems.isEmpty()) {
        throw new RuleSetException(problems);
      }
      container = ks.newKieContainer(releaseId);
    } catch (RuntimeException e) {
      // some build errors are thrown rather than reported
      throw new RuleSetException(List.of(folder + ": " + e));
    } finally {
      ks.getRepository().removeKieModule(releaseId);
    }
    return container.getKieBase();
  }

  private static Map<String, RuleInfo> ruleInfo(
      Path folder, KieBase kieBase, RuleSetFile meta, Map<String, String> renumberedWvo, NormCatalogue norms, List<String> problems) {
    List<RuleInfo> infos = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        if (rule instanceof RuleImpl impl && impl.isQuery()) {
          continue; // a query shares conditions between rules; it reports nothing, so it has no norm or messages
        }
        String file = rule instanceof RuleImpl impl && impl.getResource() != null
            ? folder.resolve(impl.getResource().getSourcePath().replaceFirst("^" + KIE_ROOT, "")).toString()
            : pkg.getName();
        Map<String, Object> md = rule.getMetaData();
        List<String> missing = REQUIRED_METADATA.stream().filter(k -> !(md.get(k) instanceof String)).sorted().toList();
        if (!missing.isEmpty()) {
          problems.add(file + ": rule \"" + rule.getName() + "\" lacks quoted metadata " + missing);
          continue;
        }
        String norm = (String) md.get("norm");
        if (norms.get(norm) == null) {
          problems.add(file + ": rule \"" + rule.getName() + "\" names norm " + norm + ", which rules/norms.json does not list");
        }
        Severity severity;
        try {
          severity = Severity.valueOf((String) md.get("severity"));
        } catch (IllegalArgumentException e) {
          problems.add(file + ": rule \"" + rule.getName() + "\" has severity " + md.get("severity") + "; use VIOLATION, REVIEW or INFO");
          continue;
        }
        String regulation = (String) md.get("regulation");
        String regulationName = meta.regulations().get(regulation);
        if (regulationName == null) {
          problems.add(file + ": rule \"" + rule.getName() + "\" cites regulation " + regulation + ", which ruleset.json does not name");
        }
        String article = (String) md.get("article");
        String part = (String) md.get("part");
        String web = md.get("web") instanceof String w ? "; " + meta.regulations().get("WEB") + ", art. " + w : "";
        Citation webArticle = md.get("web") instanceof String w ? webCitation(w, meta.regulations().get("WEB")) : null;
        Citation citation = new Citation(regulation, article, part, (String) md.get("textVersion"),
            cite(regulationName, article, part) + web);
        String renumberedArticle = "WVO".equals(regulation) ? renumberedWvo.get(article) : null;
        Citation renumbered = renumberedArticle == null ? null : new Citation(RENUMBERED_WVO, renumberedArticle, part, RENUMBERED_WVO,
            cite(meta.regulations().get(RENUMBERED_WVO), renumberedArticle, part) + web);
        Text fix = md.get("fixNl") instanceof String nl && md.get("fixEn") instanceof String en ? new Text(nl, en) : null;
        RuleInfo info = new RuleInfo(pkg.getName(), rule.getName(), file, norm, severity,
            List.of(((String) md.get("regime")).split("[ ,]+")), citation, renumbered, webArticle,
            new Text((String) md.get("nl"), (String) md.get("en")), fix, (String) md.get("interpretation"));
        try {
          FindingCollector.Messages.of(info);
        } catch (IllegalArgumentException e) {
          problems.add(file + ": rule \"" + rule.getName() + "\" has a message " + e.getMessage());
          continue;
        }
        infos.add(info);
      }
    }
    infos.sort(java.util.Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
    Map<String, RuleInfo> byKey = new LinkedHashMap<>();
    infos.forEach(i -> byKey.put(i.key(), i));
    return java.util.Collections.unmodifiableMap(byKey);
  }

  /** The WEB article of {@code @web("8.5a.9, lid 2")}: article, then its part after the first comma. */
  static Citation webCitation(String web, String webName) {
    int comma = web.indexOf(',');
    String article = (comma < 0 ? web : web.substring(0, comma)).trim();
    String part = comma < 0 ? null : web.substring(comma + 1).trim();
    return new Citation("WEB", article, part, "WEB", cite(webName, article, part));
  }

  /** "Besluit …, art. 6, onder a" or "…, art. 7, lid 2, onder b". */
  static String cite(String regulationName, String article, String part) {
    String base = (regulationName == null ? "?" : regulationName) + ", art. " + article;
    if (part == null || part.isBlank()) {
      return base;
    }
    return base + (part.startsWith("lid") ? ", " + part : ", onder " + part);
  }

  private static String where(Path folder, Message m) {
    String path = m.getPath() == null ? "?" : folder.resolve(m.getPath().replaceFirst("^" + KIE_ROOT, "")).toString();
    return m.getLine() > 0 ? path + ":" + m.getLine() + ":" + m.getColumn() : path;
  }

  private static List<Path> allFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sha256 of every file of a folder, as a rule set's: e.g. of its fixtures, to know them unchanged. */
  public static String sha256(Path folder) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    return sha256(root, allFiles(root));
  }

  /** Over every file of the folder, in path order, so that any change to a rule, parameter or table shows. */
  static String sha256(Path root, List<Path> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : files) {
        digest.update(relative(root, file).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(read(file));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
