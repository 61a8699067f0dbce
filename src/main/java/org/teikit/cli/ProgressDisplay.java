package org.teikit.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.teikit.build.BuildProgress;
import org.teikit.diagnostic.Catalogue;

/**
 * Shows a build's progress on standard error, never on standard output (which carries the report):
 * a bar on a terminal, plain lines in CI or in a log, nothing with {@code -q}.
 */
final class ProgressDisplay {
  private ProgressDisplay() {}

  static BuildProgress of(CommonOptions common, PrintWriter err) {
    if (common.quiet()) {
      return BuildProgress.NONE;
    }
    return common.progressBar() ? new Bar() : new Lines(err);
  }

  /** One bar per stage: units done, rate, time left (me.tongfei:progressbar draws it). */
  private static final class Bar implements BuildProgress {
    private ProgressBar bar;

    @Override
    public synchronized void begin(Stage stage, int total) {
      bar = new ProgressBarBuilder().setTaskName(stage.label()).setInitialMax(total)
          .setUnit(" " + stage.unit(), 1).showSpeed(new java.text.DecimalFormat("0.0")).setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(200).setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build();
    }

    @Override
    public synchronized void advance(String done) {
      bar.step();
      bar.setExtraMessage(" " + done);
    }

    @Override
    public synchronized void end(String summary) {
      bar.stepTo(bar.getMax());
      bar.setExtraMessage(" " + summary);
      bar.close();
    }
  }

  /** A line when each stage ends, and one per edition of the slow print stage, with times. */
  private static final class Lines implements BuildProgress {
    private final PrintWriter err;
    private Stage stage;
    private long started;
    private long step;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void begin(Stage stage, int total) {
      this.stage = stage;
      this.started = System.nanoTime();
      this.step = started;
    }

    @Override
    public synchronized void advance(String done) {
      if (stage != Stage.VALIDATE) {
        long now = System.nanoTime();
        line(Catalogue.text("cli.stage-step", stage.label(), done), now - step);
        step = now;
      }
    }

    @Override
    public synchronized void end(String summary) {
      line(Catalogue.text("cli.stage-done", stage.label(), summary), System.nanoTime() - started);
    }

    private void line(String text, long nanos) {
      err.println(Catalogue.text("cli.progress", text, String.format("%.1f", nanos / 1e9)));
      err.flush();
    }
  }
}
