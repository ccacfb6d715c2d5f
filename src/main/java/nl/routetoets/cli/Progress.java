package nl.routetoets.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.routetoets.report.ProgressListener;

/**
 * The report's progress on the terminal: a bar when there is a console, otherwise a plain line every 10
 * seconds (logs and CI). What is known in advance is the size of the input files, so the bar runs over
 * their bytes, from 0 to that known total (in MB, with the time left), and says beside it how many
 * records were checked; only input of unknown size is counted in records without a total.
 */
abstract class Progress implements ProgressListener, AutoCloseable {
  private static final double MB = 1_000_000d;

  static Progress forTerminal(PrintWriter err, boolean off) {
    if (off) {
      return new Silent();
    }
    return System.console() != null ? new Bar(null) : new Lines(err, Duration.ofSeconds(10));
  }

  @Override
  public abstract void close();

  /** "104.5 MB": the size of the input as the progress shows it. */
  static String megabytes(long bytes) {
    return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(bytes / MB) + " MB";
  }

  private static final class Silent extends Progress {
    @Override
    public void progress(long records, long bytesRead, long totalBytes) {}

    @Override
    public void close() {}
  }

  /** The bar: bytes read of the known total, MB per second and the time left, and the records so far. */
  static final class Bar extends Progress {
    private final ProgressBarConsumer consumer;
    private ProgressBar bar;
    private boolean bytes;

    /** @param consumer where the bar is drawn; null for the console */
    Bar(ProgressBarConsumer consumer) {
      this.consumer = consumer;
    }

    @Override
    public void progress(long records, long bytesRead, long totalBytes) {
      if (bar == null) {
        bytes = totalBytes > 0;
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("report").setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500).continuousUpdate().setSpeedUnit(ChronoUnit.SECONDS);
        if (bytes) {
          b.setInitialMax(totalBytes).setUnit(" MB", 1_000_000).showSpeed(new DecimalFormat("0.0",
              DecimalFormatSymbols.getInstance(Locale.ROOT)));
        } else {
          b.setInitialMax(-1).setUnit(" records", 1).showSpeed();
        }
        if (consumer != null) {
          b.setConsumer(consumer);
        }
        bar = b.build();
      }
      bar.stepTo(bytes ? Math.min(bytesRead, bar.getMax()) : records);
      bar.setExtraMessage(" " + records + " records");
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }

  /** Without a console: a line now and then, with the records, the share of the input read and its known size. */
  static final class Lines extends Progress {
    private final PrintWriter err;
    private final Duration every;
    private long last = System.nanoTime();

    Lines(PrintWriter err, Duration every) {
      this.err = err;
      this.every = every;
    }

    @Override
    public void progress(long records, long bytesRead, long totalBytes) {
      long now = System.nanoTime();
      if (now - last >= every.toNanos()) {
        last = now;
        err.println(totalBytes > 0
            ? String.format(Locale.ROOT, "routetoets: %d records, %d%% of %s read", records, 100 * bytesRead / totalBytes,
                megabytes(totalBytes))
            : String.format(Locale.ROOT, "routetoets: %d records", records));
        err.flush();
      }
    }

    @Override
    public void close() {}
  }
}
