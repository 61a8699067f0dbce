package org.teikit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the teikit command line in-process, as a user would, and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Teikit.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The report's lines, without the summary and the "Repeated across files" block. */
  public java.util.List<String> findings() {
    return out.lines().filter(l -> l.matches("^[^ ].*:\\s?(error|warning|info): .*")).toList();
  }

  public String summary() {
    java.util.List<String> lines = out.lines().toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
