package nl.routetoets.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.lang.ref.SoftReference;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule sets kept between runs: compiling the DRL of {@code rules/} takes seconds of CPU, reading a
 * compiled copy a fraction of that, and rules change rarely. An entry is keyed by the sha256 of the rules folder,
 * the Drools version, the Java version and the fingerprint of this program's own classes (the rules' Java is
 * compiled against the fact classes, so another build of the program must not take an entry of this one). A
 * changed rule, parameter or table is another key, so it is compiled again.
 *
 * <p>What is kept is Drools' own serialized form of the compiled packages (the classic, non-executable-model
 * build: the rules, their MVEL constraints and the bytecode of their Java parts), from which a rule base is
 * built again without parsing or compiling anything. An entry carries its key and a sha256 of its contents: a
 * truncated, garbled or foreign file is ignored, compiled afresh and written over. Entries are written to a
 * temporary file and moved into place in one step, so two processes that fill the cache at once each leave a
 * whole entry, never a mixed one; a reader sees the old file or the new one. Only the newest {@value #KEEP}
 * entries are kept.
 *
 * <p>Where: {@code --rules-cache} (or the service's {@code routetoets.rules-cache}), else the system property
 * {@value #SYSTEM_PROPERTY}, else {@value #ENVIRONMENT}, else {@code $XDG_CACHE_HOME/routetoets}, else
 * {@code ~/.cache/routetoets}; {@value #OFF} keeps nothing. The build compiles the project's own rules into the
 * program ({@value #BUNDLED}), so the rules it carries need no compiling even on a first run. Beside an entry a
 * caller may keep small notes about that rule set (the service: that its fixtures passed).
 */
public final class RuleCache {
  /** The environment variable that names the cache folder, or {@value #OFF}. */
  public static final String ENVIRONMENT = "ROUTETOETS_CACHE";
  /** The system property that names the cache folder, or {@value #OFF}; before the environment (tests point it at a temporary folder). */
  public static final String SYSTEM_PROPERTY = "routetoets.cache";
  /** The setting that keeps no compiled rules. */
  public static final String OFF = "off";
  /** The compiled copy of the bundled rules, made by the build ({@link BundledRules}). */
  static final String BUNDLED = "compiled/rules.kbase";
  /** The fingerprint of the program's classes, written by the build beside the compiled bundled rules. */
  static final String CODE = "compiled/code.sha256";

  private static final byte[] MAGIC = "RouteToets compiled rules\n".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 2;
  private static final String SUFFIX = ".kbase";
  private static final int KEEP = 8;
  /** Rule bases built in this process, by key: the service's reload of unchanged rules and the tests' many starts share one. */
  private static final Map<String, SoftReference<KieBase>> BUILT = new LinkedHashMap<>(4, 0.75f, true);
  private static final int BUILT_KEPT = 3;
  private static String code;
  private static boolean codeKnown;

  private final Path folder;

  /** Asked for when there is something to say: a command that needs no rules sets up no logging for this class. */
  private static Logger log() {
    return LoggerFactory.getLogger(RuleCache.class);
  }

  private RuleCache(Path folder) {
    this.folder = folder;
  }

  /** No cache: every rule set is compiled (rule bases already built in this process are still shared). */
  public static RuleCache off() {
    return new RuleCache(null);
  }

  public static RuleCache at(Path folder) {
    return new RuleCache(folder);
  }

  /**
   * The cache a setting names: the folder, or {@value #OFF}; when the setting is null or blank, the system
   * property {@value #SYSTEM_PROPERTY}, then {@value #ENVIRONMENT}, then the user's cache folder.
   */
  public static RuleCache standard(String setting) {
    String named = firstSet(setting, System.getProperty(SYSTEM_PROPERTY), System.getenv(ENVIRONMENT));
    if (named != null) {
      return named.equals(OFF) ? off() : at(Path.of(named));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg.strip()).isAbsolute()) {
      return at(Path.of(xdg.strip(), "routetoets"));
    }
    return at(Path.of(System.getProperty("user.home"), ".cache", "routetoets"));
  }

  private static String firstSet(String... values) {
    return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
  }

  /** The folder entries are kept in; empty when off. */
  public Optional<Path> folder() {
    return Optional.ofNullable(folder);
  }

  /**
   * What an entry is for. {@code code} is the fingerprint of the program's classes; without one (a build that
   * could not say) nothing is cached.
   */
  record Key(String rules, String drools, int java, String code) {
    String text() {
      return "rules " + rules + "\ndrools " + drools + "\njava " + java + "\ncode " + code + "\n";
    }

    String file() {
      return sha256(text().getBytes(StandardCharsets.UTF_8)).substring(0, 32) + SUFFIX;
    }
  }

  /** The key of a rules folder by its sha256 in this program; null when the program's classes have no fingerprint. */
  static Key key(String rulesSha256) {
    String fingerprint = codeFingerprint();
    return fingerprint == null ? null : new Key(rulesSha256, droolsVersion(), Runtime.version().feature(), fingerprint);
  }

  /** A rule base of this key built in this process before, when it is still held. */
  static KieBase built(Key key) {
    synchronized (BUILT) {
      SoftReference<KieBase> ref = BUILT.get(key.text());
      return ref == null ? null : ref.get();
    }
  }

  /** Forgets the rule bases built in this process: for tests, to see what the cache on disk does. */
  static void forget() {
    synchronized (BUILT) {
      BUILT.clear();
    }
  }

  static void remember(Key key, KieBase kieBase) {
    synchronized (BUILT) {
      BUILT.put(key.text(), new SoftReference<>(kieBase));
      while (BUILT.size() > BUILT_KEPT) {
        BUILT.remove(BUILT.keySet().iterator().next());
      }
    }
  }

  /**
   * The compiled rule base of this key: the build's copy of the bundled rules when the key is theirs, else this
   * cache's entry; empty when there is none or it cannot be read (then it is compiled and written again).
   */
  Optional<KieBase> read(Key key) {
    byte[] bundled = bundled(key);
    if (bundled != null) {
      Optional<KieBase> kieBase = decode(bundled, key, "the compiled rules bundled with this program");
      if (kieBase.isPresent()) {
        return kieBase;
      }
    }
    if (folder == null) {
      return Optional.empty();
    }
    Path entry = folder.resolve(key.file());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(entry);
    } catch (IOException e) {
      return Optional.empty(); // not there (or not readable): compiled as if never cached
    }
    Optional<KieBase> kieBase = decode(bytes, key, entry.toString());
    if (kieBase.isPresent()) {
      touch(entry);
    }
    return kieBase;
  }

  /** Whether the build's copy of the bundled rules is this key's, so that there is nothing to write. */
  static boolean bundledIs(Key key) {
    return bundled(key) != null;
  }

  /** Keeps the compiled rule base; a cache that cannot be written is passed over (the next run compiles again). */
  void write(Key key, KieBase kieBase) {
    if (folder == null || bundledIs(key)) {
      return;
    }
    try {
      writeAtomically(folder.resolve(key.file()), encode(key, kieBase));
      prune();
    } catch (IOException | RuntimeException e) {
      log().info("the compiled rules cannot be kept in {}: {}", folder, e.toString());
    }
  }

  /** A note kept beside the entry of the rule set with this sha256 (when the program has a fingerprint and the cache is on). */
  public Optional<String> note(String rulesSha256, String name) {
    Path file = notePath(rulesSha256, name);
    if (file == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Keeps a note beside the entry of the rule set with this sha256; a cache that cannot be written is passed over. */
  public void writeNote(String rulesSha256, String name, String text) {
    Path file = notePath(rulesSha256, name);
    if (file == null) {
      return;
    }
    try {
      writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      log().info("a note on the compiled rules cannot be kept in {}: {}", folder, e.toString());
    }
  }

  private Path notePath(String rulesSha256, String name) {
    if (folder == null || !name.matches("[A-Za-z0-9._-]+")) {
      return null;
    }
    Key key = key(rulesSha256);
    if (key == null) {
      return null;
    }
    String entry = key.file();
    return folder.resolve(entry.substring(0, entry.length() - SUFFIX.length()) + "." + name);
  }

  // ---- the file: magic, format, key, length and sha256 of the contents, the contents ----

  static byte[] encode(Key key, KieBase kieBase) throws IOException {
    Collection<KiePackage> packages = kieBase.getKiePackages();
    // the bytecode of the rules' Java parts first: reading the rules needs those classes already (an MVEL constraint
    // that calls a DRL function refers to the function's class)
    Map<String, byte[]> classes = new LinkedHashMap<>();
    for (KiePackage p : packages) {
      if (((InternalKnowledgePackage) p).getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData java) {
        java.getStore().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> classes.put(e.getKey(), e.getValue()));
      }
    }
    ByteArrayOutputStream contents = new ByteArrayOutputStream(1 << 23);
    try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(contents)) {
      out.writeObject(classes);
      out.writeObject(new ArrayList<>(packages));
    }
    return entry(key, contents.toByteArray());
  }

  /** An entry of the key with these contents: the heading, the checksum of the contents, the contents. */
  static byte[] entry(Key key, byte[] body) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream(body.length + 512);
    try (DataOutputStream out = new DataOutputStream(file)) {
      out.write(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(key.text());
      out.writeInt(body.length);
      out.writeLong(crc32(body, 0, body.length));
      out.write(body);
    }
    return file.toByteArray();
  }

  /** The rule base in an entry's bytes when they are whole and for this key; empty otherwise. */
  static Optional<KieBase> decode(byte[] bytes, Key key, String where) {
    Optional<byte[]> body = contents(bytes, key, where);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(rebuild(body.get()));
    } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
      log().info("{} cannot be read ({}); compiling again", where, e.toString());
      return Optional.empty();
    }
  }

  /** The contents of an entry's bytes when they are whole and for this key, unread; empty otherwise. */
  static Optional<byte[]> contents(byte[] bytes, Key key, String where) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT) {
        log().info("{} is not an entry of compiled rules of this version; compiling", where);
        return Optional.empty();
      }
      if (!in.readUTF().equals(key.text())) {
        return Optional.empty(); // another rule set or another build: not this one's
      }
      int length = in.readInt();
      long checksum = in.readLong();
      if (length < 0 || length != in.available()) {
        log().info("{} is incomplete; compiling again", where);
        return Optional.empty();
      }
      int start = bytes.length - length;
      if (crc32(bytes, start, length) != checksum) {
        log().info("{} is damaged; compiling again", where);
        return Optional.empty();
      }
      return Optional.of(Arrays.copyOfRange(bytes, start, bytes.length));
    } catch (IOException | RuntimeException e) {
      log().info("{} cannot be read ({}); compiling again", where, e.toString());
      return Optional.empty();
    }
  }

  /** A rule base from the packages in an entry, their generated classes defined by a class loader of its own. */
  @SuppressWarnings("unchecked")
  private static KieBase rebuild(byte[] body) throws IOException, ClassNotFoundException {
    ClassLoader parent = MissingClasses.PROGRAM;
    try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(body), parent)) {
      EntryFilter filter = new EntryFilter();
      in.setObjectInputFilter(filter);
      Map<String, byte[]> classes = (Map<String, byte[]>) in.readObject();
      ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(parent, classes);
      in.setClassLoader(loader);
      filter.generated = classes.keySet().stream()
          .map(r -> r.substring(0, r.length() - ".class".length()).replace('/', '.')).collect(Collectors.toSet());
      List<KiePackage> packages = (List<KiePackage>) in.readObject();
      InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
      kieBase.addPackages(packages);
      return kieBase;
    }
  }

  /**
   * The program's class loader, remembering which names it has no class for. MVEL, compiling a rule's constraint the
   * first time it is evaluated, asks for every word of it as a class, in every imported package ("java.lang.regime",
   * "java.lang$regime", …): some eleven thousand misses for the first check of a cold run, each a walk over every jar
   * of the program and an exception with its stack. The program's classes do not change while it runs, so a miss is
   * one for good; the rules' own classes are defined by the loader of the rule base, which asks this one first.
   * (Measured in the jar, JFR samples of the first check: 66–93 with it against 110–146 without.)
   */
  static final class MissingClasses extends ClassLoader {
    static final MissingClasses PROGRAM = new MissingClasses(RuleCache.class.getClassLoader());

    static {
      registerAsParallelCapable();
    }

    private final Set<String> missing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private MissingClasses(ClassLoader program) {
      super(program);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (missing.contains(name)) {
        throw new Missing(name);
      }
      try {
        return super.loadClass(name, resolve);
      } catch (ClassNotFoundException e) {
        missing.add(name);
        throw e;
      }
    }

    /** A miss told again: no stack to fill in, nobody reads it. */
    private static final class Missing extends ClassNotFoundException {
      Missing(String name) {
        super(name);
      }

      @Override
      public synchronized Throwable fillInStackTrace() {
        return this;
      }
    }
  }

  /**
   * What an entry may hold: the JDK's classes, Drools', this program's, and the classes the rules were compiled
   * into (known once the class table, which comes first, is read). Anything else is refused: the file is not what
   * the cache wrote.
   */
  private static final class EntryFilter implements ObjectInputFilter {
    private static final List<String> ALLOWED = List.of("java.", "org.drools.", "org.kie.", "org.mvel2.", "nl.routetoets.");
    private Set<String> generated = Set.of();

    @Override
    public Status checkInput(FilterInfo info) {
      Class<?> c = info.serialClass();
      while (c != null && c.isArray()) {
        c = c.getComponentType();
      }
      if (c == null || c.isPrimitive()) {
        return Status.UNDECIDED;
      }
      String name = c.getName();
      return generated.contains(name) || ALLOWED.stream().anyMatch(name::startsWith) ? Status.UNDECIDED : Status.REJECTED;
    }
  }

  // ---- files ----

  /** Written beside the target and moved over it in one step: a reader sees the old file or the new one, never half of one. */
  private void writeAtomically(Path target, byte[] bytes) throws IOException {
    createFolder();
    Path temporary = Files.createTempFile(folder, ".writing-", ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private void createFolder() throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    try {
      Files.createDirectories(folder.getParent() == null ? folder : folder.getParent());
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      Files.createDirectories(folder);
    } catch (FileAlreadyExistsException e) {
      // made by another process in the meantime
    }
  }

  private static void touch(Path entry) {
    try {
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // a read-only cache is still read
    }
  }

  /** Only the newest entries stay (with their notes): each change of a rule set leaves one behind. */
  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted((a, b) -> modified(b).compareTo(modified(a))).toList();
    }
    for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
      String stem = old.getFileName().toString();
      String prefix = stem.substring(0, stem.length() - SUFFIX.length()) + ".";
      try (Stream<Path> list = Files.list(folder)) {
        for (Path p : list.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(old);
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  // ---- what the key is made of ----

  /** The build's compiled copy of the bundled rules when it is this key's (its heading says so); null otherwise. */
  private static byte[] bundled(Key key) {
    try (InputStream in = RuleCache.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        return null;
      }
      byte[] heading = in.readNBytes(MAGIC.length + 4 + 2 + key.text().length() * 3);
      try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(heading))) {
        byte[] magic = new byte[MAGIC.length];
        data.readFully(magic);
        if (!Arrays.equals(magic, MAGIC) || data.readInt() != FORMAT || !data.readUTF().equals(key.text())) {
          return null;
        }
      } catch (IOException e) {
        return null; // shorter than a heading: not an entry
      }
      byte[] rest = in.readAllBytes();
      byte[] all = Arrays.copyOf(heading, heading.length + rest.length);
      System.arraycopy(rest, 0, all, heading.length, rest.length);
      return all;
    } catch (IOException e) {
      return null;
    }
  }

  /** The versions of the Drools parts that build and run a rule base from an entry (not the compiler: reading one needs none of it). */
  static String droolsVersion() {
    return Stream.of(RuleBaseFactory.class, org.drools.mvel.MVELKnowledgePackageImpl.class)
        .map(c -> c.getPackage().getImplementationVersion() == null ? "?" : c.getPackage().getImplementationVersion())
        .collect(Collectors.joining(" "));
  }

  /**
   * The fingerprint of this program's classes: computed from the class files when the program runs from a
   * folder of classes (a build in progress, tests, an IDE), else the one the build wrote into the jar.
   */
  static synchronized String codeFingerprint() {
    if (!codeKnown) {
      code = fingerprintOfRunningCode();
      codeKnown = true;
    }
    return code;
  }

  private static String fingerprintOfRunningCode() {
    try {
      URL location = RuleCache.class.getProtectionDomain().getCodeSource().getLocation();
      if ("file".equals(location.getProtocol())) {
        Path classes = Path.of(location.toURI());
        if (Files.isDirectory(classes)) {
          return classesFingerprint(classes);
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // no fingerprint from the files: the build's, if any
    }
    try (InputStream in = RuleCache.class.getClassLoader().getResourceAsStream(CODE)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return null;
    }
  }

  /** Over every class file under the folder, in path order. */
  static String classesFingerprint(Path classes) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> p.toString().endsWith(".class") && Files.isRegularFile(p)).sorted().toList();
    }
    return RuleSetLoader.sha256(classes, files);
  }

  /** A checksum against a file cut short or garbled (not against someone who means it: the cache is the user's own folder). */
  private static long crc32(byte[] bytes, int offset, int length) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes, offset, length);
    return crc.getValue();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
