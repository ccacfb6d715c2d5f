package nl.routetoets.cli;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.routetoets.report.ProgressListener;

/**
 * The report's progress on the terminal: a bar with records per second and time left when there
 * is a console, otherwise a plain line every 10 seconds (logs and CI). The bar counts input bytes,
 * which is what is known in advance; the rate shown is in records.
 */
abstract class Progress implements ProgressListener, AutoCloseable {
  static Progress forTerminal(PrintWriter err, boolean off) {
    if (off) {
      return new Silent();
    }
    return System.console() != null ? new Bar() : new Lines(err);
  }

  @Override
  public abstract void close();

  private static final class Silent extends Progress {
    @Override
    public void progress(long records, long bytesRead, long totalBytes) {}

    @Override
    public void close() {}
  }

  private static final class Bar extends Progress {
    private ProgressBar bar;

    @Override
    public void progress(long records, long bytesRead, long totalBytes) {
      if (bar == null) {
        bar = new ProgressBarBuilder().setTaskName("records").setStyle(ProgressBarStyle.ASCII)
            .setInitialMax(totalBytes <= 0 ? -1 : 1000).setUpdateIntervalMillis(500).continuousUpdate()
            .showSpeed().setUnit(" recs", 1).setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).build();
      }
      // the bar's max is an estimate of the records, from the bytes read so far
      if (bytesRead > 0 && totalBytes > 0) {
        bar.maxHint(Math.max(records, (long) (records * (double) totalBytes / bytesRead)));
      }
      bar.stepTo(records);
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }

  private static final class Lines extends Progress {
    private final PrintWriter err;
    private long last = System.nanoTime();

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void progress(long records, long bytesRead, long totalBytes) {
      long now = System.nanoTime();
      if (now - last >= Duration.ofSeconds(10).toNanos()) {
        last = now;
        err.printf("routetoets: %d records, %d%% of the input read%n", records, totalBytes == 0 ? 0 : 100 * bytesRead / totalBytes);
        err.flush();
      }
    }

    @Override
    public void close() {}
  }
}
