package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.junit.jupiter.api.Test;

/** The report's progress runs over the input's bytes to their known total, and says how many records it checked. */
class ProgressTest {
  /** What the bar draws, line by line. */
  private static final class Drawn implements ProgressBarConsumer {
    final List<String> lines = new ArrayList<>();

    @Override
    public int getMaxRenderedLength() {
      return 120;
    }

    @Override
    public void accept(String rendered) {
      lines.add(rendered);
    }

    @Override
    public void close() {}
  }

  @Test
  void theBarShowsTheBytesReadOfTheKnownTotalAndTheRecords() {
    Drawn drawn = new Drawn();
    try (Progress.Bar bar = new Progress.Bar(drawn)) {
      bar.progress(1_000, 25_000_000, 100_000_000);
      bar.progress(4_000, 100_000_000, 100_000_000);
    }
    String last = drawn.lines.get(drawn.lines.size() - 1);
    assertThat(last).contains("100%").contains("100/100 MB").contains("4000 records");
  }

  @Test
  void withoutAKnownSizeTheBarCountsRecords() {
    Drawn drawn = new Drawn();
    try (Progress.Bar bar = new Progress.Bar(drawn)) {
      bar.progress(12, 0, 0);
    }
    assertThat(drawn.lines.get(drawn.lines.size() - 1)).contains("12 records").doesNotContain("MB");
  }

  @Test
  void withoutAConsoleALineSaysTheShareOfTheKnownTotal() {
    StringWriter out = new StringWriter();
    Progress.Lines lines = new Progress.Lines(new PrintWriter(out), Duration.ZERO);
    lines.progress(2_500, 26_125_000, 104_500_000);
    assertThat(out.toString()).isEqualTo("routetoets: 2500 records, 25% of 104.5 MB read" + System.lineSeparator());
  }
}
