package nl.routetoets.ruleset;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends evaluations that run past their time limit. One daemon thread for the whole process looks at
 * every evaluating thread a few times per limit. An evaluation only writes its start into its thread's
 * {@link Watch}: no thread hop, no task scheduled per document, which keeps the report's hundreds of
 * thousands of evaluations a second as fast as they were.
 *
 * <p>The limit is on the CPU time the evaluating thread spends, not on the clock: on a busy machine a
 * cold first check can take ten times longer by the clock than by the CPU, and must not fail for that. A
 * rule that waits rather than computes (a sleep, a lock) is caught by the clock at {@link
 * Bounds#wallNanos}, a generous multiple of the limit.
 *
 * <p>Past the limit the session is halted: Drools stops between two rule firings, which ends a firing
 * loop that the firing limit did not catch yet. A thread still inside the rules a grace period later is
 * stopped with {@link Thread#stop()}, but only while it runs code of the rule set itself (an action, a
 * function, an eval), never while it loads a class or works inside Drools: a ThreadDeath there could
 * break what other checks share. The evaluation catches the {@link ThreadDeath}, disposes the session
 * and gives its thread back. Java 17 to 19 can do that; from Java 20 on {@code Thread.stop} is gone, and
 * such a thread is lost: the watchdog logs it as an error, and the rest of the service keeps answering.
 */
final class Watchdog {
  private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
  private static final long MAX_TICK = TimeUnit.MILLISECONDS.toNanos(100);
  private static final long MIN_TICK = TimeUnit.MILLISECONDS.toNanos(2);
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  /** Frames of the JDK that a rule may call into; a stop lands there as well as in the rule. */
  private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");
  /** After the constants it reads: a watchdog made before them would look without pause. */
  static final Watchdog INSTANCE = new Watchdog();

  /**
   * What a rule set allows one evaluation, precomputed once per rule set.
   *
   * @param cpuNanos CPU time of the evaluating thread
   * @param wallNanos time by the clock, for rules that wait rather than compute
   * @param graceNanos after the halt, before the thread is stopped
   * @param packages the rule set's packages: the generated classes of its rules and functions live there
   * @param rules the names of its rules, to name one from a frame of its generated class
   */
  record Bounds(long cpuNanos, long wallNanos, long graceNanos, Set<String> packages, List<String> rules) {
    static Bounds of(Limits limits, Set<String> packages, List<String> rules) {
      long limit = limits.timeLimit().toNanos();
      long tick = tick(limits);
      return new Bounds(limit, Math.max(30 * limit, TimeUnit.SECONDS.toNanos(60)),
          Math.max(2 * tick, Math.min(TimeUnit.SECONDS.toNanos(1), limit / 10)), Set.copyOf(packages), List.copyOf(rules));
    }
  }

  private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
  private final ThreadLocal<Watch> mine = ThreadLocal.withInitial(this::register);
  private volatile long tickNanos = MAX_TICK;
  private Thread thread;

  private Watchdog() {}

  /** The calling thread's watch. */
  Watch watch() {
    return mine.get();
  }

  /** Looks often enough to stop an evaluation under these limits close to its time limit. */
  void serve(Limits limits) {
    long tick = tick(limits);
    if (tick < tickNanos) {
      tickNanos = tick;
    }
  }

  private static long tick(Limits limits) {
    return Math.max(MIN_TICK, Math.min(MAX_TICK, limits.timeLimit().toNanos() / 20));
  }

  private Watch register() {
    Watch w = new Watch(Thread.currentThread());
    watches.add(w);
    start();
    return w;
  }

  private synchronized void start() {
    if (thread == null) {
      thread = new Thread(this::run, "routetoets-watchdog");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void run() {
    while (true) {
      try {
        TimeUnit.NANOSECONDS.sleep(Math.max(MIN_TICK, tickNanos));
      } catch (InterruptedException e) {
        // nothing interrupts it on purpose; a watchdog that stopped watching would let loops run for ever
      }
      long now = System.nanoTime();
      for (Watch w : watches) {
        if (!w.thread.isAlive()) {
          watches.remove(w);
        } else {
          try {
            w.inspect(now);
          } catch (RuntimeException e) {
            log.error("the watchdog could not inspect thread {}", w.thread.getName(), e);
          }
        }
      }
    }
  }

  /** The rule whose action the session is executing, or null between actions (in a condition, in an insert). */
  static String ruleInAction(KieSession session) {
    try {
      if (session instanceof InternalWorkingMemory wm) {
        InternalMatch m = wm.getAgenda().getKnowledgeHelper().getActivation();
        return m == null ? null : m.getRule().getName();
      }
    } catch (RuntimeException e) {
      // read from another thread while the session moves on: then the rule is simply not known
    }
    return null;
  }

  /**
   * The rule of the first frame in a generated rule class ({@code Rule_<escaped name><suffix>}, which
   * holds the rule's action and evals), or null. The name is escaped ({@code $u58$} for ':', '_' for a
   * space), so it is matched against the rule names with everything but letters and digits alike.
   */
  static String ruleInFrames(StackTraceElement[] frames, Bounds bounds) {
    for (StackTraceElement f : frames) {
      String cls = f.getClassName();
      int dot = cls.lastIndexOf('.');
      if (dot < 0 || !bounds.packages().contains(cls.substring(0, dot)) || !cls.startsWith("Rule_", dot + 1)) {
        continue;
      }
      String escaped = plain(unescape(cls.substring(dot + 1 + "Rule_".length())));
      String best = null;
      for (String rule : bounds.rules()) {
        String name = plain(rule);
        if (escaped.startsWith(name) && (best == null || name.length() > plain(best).length())) {
          best = rule;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      int end = s.startsWith("$u", i) ? s.indexOf('$', i + 2) : -1;
      if (end > i + 2 && s.substring(i + 2, end).chars().allMatch(Character::isDigit)) {
        b.append((char) Integer.parseInt(s.substring(i + 2, end)));
        i = end;
      } else {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  private static String plain(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]", "_");
  }

  /**
   * Whether a ThreadDeath may land here: the thread runs code of the rule set (or the JDK called from
   * it), and is not loading or initialising a class, whose failure would outlive this check.
   */
  static boolean stoppable(StackTraceElement[] frames, Set<String> packages) {
    for (StackTraceElement f : frames) {
      String cls = f.getClassName();
      if ("<clinit>".equals(f.getMethodName()) || cls.startsWith("java.lang.invoke.") || cls.equals("java.lang.ClassLoader")
          || cls.startsWith("jdk.internal.loader.")) {
        return false;
      }
      if (JDK.stream().noneMatch(cls::startsWith)) {
        int dot = cls.lastIndexOf('.');
        return dot > 0 && packages.contains(cls.substring(0, dot));
      }
    }
    return false;
  }

  private static long cpuNanos(Thread t) {
    try {
      return CPU.isThreadCpuTimeSupported() ? CPU.getThreadCpuTime(t.getId()) : -1;
    } catch (UnsupportedOperationException e) {
      return -1;
    }
  }

  /**
   * One thread's evaluation as the watchdog sees it. The state holds a run number and a phase, so that
   * the watchdog never acts on a later evaluation than the one it found late. The evaluating thread's
   * plain fields are published by its volatile write of the state; the watchdog's own fields are the
   * watchdog's alone, except {@link #rule}, which it writes before the state change that the thread reads.
   */
  static final class Watch {
    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    /** The watchdog halted the session; the thread will see its result as late. */
    private static final int HALTED = 2;
    /** The watchdog is stopping the thread: a ThreadDeath is on its way. */
    private static final int STOPPING = 3;
    /** The thread could not be stopped (Java 20 and later); if it ever comes back its result is late. */
    private static final int LOST = 4;
    private static final long WAIT_FOR_DEATH = TimeUnit.SECONDS.toNanos(10);

    private final Thread thread;
    private final AtomicLong state = new AtomicLong();
    // written by the evaluating thread before it sets the state to RUNNING
    private KieSession session;
    private Bounds bounds;
    private long started;
    // the watchdog's
    private long seen = -1;
    private long cpuAtSight;
    private long haltedAt;
    private boolean lostLogged;
    private String rule;
    private boolean byClock;
    /** Whether the thread was interrupted before it was stopped: Thread.stop interrupts it too, to wake it. */
    private boolean interruptedBefore;

    private Watch(Thread thread) {
      this.thread = thread;
    }

    private static int phase(long state) {
      return (int) (state & 7);
    }

    private static long run(long state) {
      return state >>> 3;
    }

    private static long next(long state, int phase) {
      return (state & ~7L) + 8 + phase;
    }

    private static long same(long state, int phase) {
      return (state & ~7L) + phase;
    }

    void begin(KieSession session, Bounds bounds) {
      this.session = session;
      this.bounds = bounds;
      this.started = System.nanoTime();
      state.set(next(state.get(), RUNNING));
    }

    /**
     * Ends the run; false when the watchdog stepped in, so its result is late whatever it holds. A thread
     * that the watchdog is stopping waits here for its ThreadDeath, unless {@code caught} already was it.
     */
    boolean end(Throwable caught) {
      long waitingSince = 0;
      while (true) {
        long s = state.get();
        int phase = phase(s);
        if (phase == STOPPING && !causedBy(caught, ThreadDeath.class)) {
          long now = System.nanoTime();
          waitingSince = waitingSince == 0 ? now : waitingSince;
          if (now - waitingSince < WAIT_FOR_DEATH) {
            Thread.onSpinWait();
            continue;
          }
          log.error("thread {} was stopped but its ThreadDeath did not arrive; going on", thread.getName());
        }
        if (state.compareAndSet(s, same(s, IDLE))) {
          session = null;
          if (phase == STOPPING) {
            forgetStopInterrupt();
          }
          return phase == RUNNING;
        }
      }
    }

    /**
     * Thread.stop also sets the thread's interrupt flag. Left set, it would break the thread's next
     * blocking I/O (a servlet thread closes its connection on it), so it is cleared unless it was set before.
     */
    private void forgetStopInterrupt() {
      if (!interruptedBefore) {
        Thread.interrupted();
      }
    }

    /** Whether a ThreadDeath that reached the evaluation is the watchdog's; then the run is over. */
    boolean stoppedByWatchdog() {
      long s = state.get();
      if (phase(s) == STOPPING && state.compareAndSet(s, same(s, IDLE))) {
        session = null;
        forgetStopInterrupt();
        return true;
      }
      return false;
    }

    /** The rule the thread was in when the watchdog stepped in; null if none is known. */
    String rule() {
      return rule;
    }

    /** The limit the run went past: "2 s of computing time", or by the clock "60 s". */
    String limitPassed() {
      return byClock ? text(bounds.wallNanos()) : text(bounds.cpuNanos()) + " of computing time";
    }

    private static String text(long nanos) {
      long ms = TimeUnit.NANOSECONDS.toMillis(nanos);
      return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private void inspect(long now) {
      long s = state.get();
      int phase = phase(s);
      KieSession current = session;
      Bounds b = bounds;
      if (current == null || b == null) {
        return;
      }
      if (phase == RUNNING) {
        if (run(s) != seen) {
          // the CPU clock is read here, not by the evaluation: the first tick in a run is its baseline
          seen = run(s);
          cpuAtSight = cpuNanos(thread);
        }
        if (late(now, b)) {
          byClock = now - started > b.wallNanos();
          rule = ruleInAction(current);
          haltedAt = now;
          if (state.compareAndSet(s, same(s, HALTED))) {
            try {
              current.halt();
            } catch (RuntimeException e) {
              // the thread disposed the session as it finished: nothing left to halt
            }
          }
        }
      } else if (phase == HALTED && now - haltedAt > b.graceNanos()) {
        stop(s, current, b);
        if (phase(state.get()) == HALTED && now - haltedAt > b.wallNanos() && !lostLogged) {
          lostLogged = true;
          log.error("thread {} has not come back from a halted check for {} s, and is not in the rules' own code, where it "
              + "could be stopped; at {}", thread.getName(), (now - haltedAt) / 1_000_000_000L, frames(thread.getStackTrace()));
        }
      }
    }

    /** Past the clock limit, or past the CPU limit since the first sighting (the CPU clock is only read when it can be). */
    private boolean late(long now, Bounds b) {
      long age = now - started;
      if (age > b.wallNanos()) {
        return true;
      }
      if (age <= b.cpuNanos()) {
        return false; // a thread spends at most the clock's time on the CPU
      }
      long cpu = cpuNanos(thread);
      return cpu < 0 || cpuAtSight < 0 ? age > b.cpuNanos() : cpu - cpuAtSight > b.cpuNanos();
    }

    @SuppressWarnings("removal") // Thread.stop: on Java 17 the only way to take a thread back from a rule that never ends
    private void stop(long s, KieSession current, Bounds b) {
      StackTraceElement[] where = thread.getStackTrace();
      String in = ruleInAction(current);
      String named = in != null ? in : ruleInFrames(where, b);
      if (named != null) {
        rule = named;
      }
      if (!stoppable(where, b.packages())) {
        return; // not in the rules' own code at this moment: look again next tick
      }
      interruptedBefore = thread.isInterrupted();
      if (!state.compareAndSet(s, same(s, STOPPING))) {
        return;
      }
      String who = rule == null ? "a rule condition" : "rule \"" + rule + "\"";
      try {
        thread.stop();
        log.warn("stopped thread {}: {} did not finish within its time limit; at {}", thread.getName(), who, frames(where));
      } catch (UnsupportedOperationException e) {
        state.compareAndSet(same(s, STOPPING), same(s, LOST));
        if (!lostLogged) {
          lostLogged = true;
          log.error("thread {} is lost: {} does not finish, and this Java ({}) cannot stop a thread; fix the rule and restart; "
              + "at {}", thread.getName(), who, Runtime.version(), frames(where));
        }
      }
    }

    private static String frames(StackTraceElement[] where) {
      return Arrays.stream(where).limit(8).map(String::valueOf).collect(Collectors.joining(" < "));
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
      for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
        if (type.isInstance(c)) {
          return true;
        }
      }
      return false;
    }
  }
}
