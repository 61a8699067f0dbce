package org.teikit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code teikit} command: validate and publish TEI editions. */
@Command(
    name = "teikit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validate and publish TEI XML scholarly editions.",
    subcommands = {BuildCommand.class, ValidateCommand.class, HtmlCommand.class, PdfCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:everything checked out",
      "1:the documents have errors",
      "2:usage or I/O problem"
    })
public final class Teikit {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests use it with their own output streams. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Teikit());
    cli.setExecutionExceptionHandler(new ExitCodes.ProblemHandler());
    cli.setExitCodeExceptionMapper(ExitCodes::forException);
    return cli;
  }
}
