package org.teikit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code teikit} command: validate and publish TEI editions. */
@Command(
    name = "teikit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validate and publish TEI XML scholarly editions, and compare their revisions.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:everything checked out",
      "1:the documents have errors",
      "2:usage or I/O problem"
    })
public final class Teikit {
  /** The commands, in the order the help lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  public static void main(String[] args) {
    System.exit(commandLine(args.length > 0 ? args[0] : "").execute(args));
  }

  /** The configured command line with every command; tests use it with their own output streams. */
  public static CommandLine commandLine() {
    return commandLine("");
  }

  /**
   * The command line for a run whose first argument is {@code first}: when it names a command,
   * only that command is set up. Picocli reads each command's options by reflection, through an
   * annotation proxy class per annotation type, and doing so for all of them is a noticeable part
   * of every run's start; help and unknown commands still see them all.
   */
  static CommandLine commandLine(String first) {
    CommandLine cli = new CommandLine(new Teikit());
    if (COMMANDS.containsKey(first)) {
      cli.addSubcommand(COMMANDS.get(first).get());
    } else {
      COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
      cli.addSubcommand(new CommandLine.HelpCommand());
    }
    return withLastLineOfDefence(cli);
  }

  /**
   * {@code cli} with the handler that turns anything escaping a command (an exception, running
   * out of memory, a stack overflow) into one plain line and the exit code of its cause.
   */
  static CommandLine withLastLineOfDefence(CommandLine cli) {
    cli.setExecutionStrategy(ExitCodes.catchingErrors());
    cli.setExecutionExceptionHandler(new ExitCodes.ProblemHandler());
    cli.setExitCodeExceptionMapper(ExitCodes::forException);
    return cli;
  }

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("build", BuildCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("html", HtmlCommand::new);
    commands.put("pdf", PdfCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("diff", DiffCommand::new);
    commands.put("init", InitCommand::new);
    return commands;
  }
}
