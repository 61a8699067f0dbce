package org.teikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TeikitCommandLineTest {
  @Test
  void aRunNamingACommandSetsUpThatCommandOnly() {
    assertEquals(List.of("validate"), List.copyOf(Teikit.commandLine("validate").getSubcommands().keySet()));
  }

  @Test
  void helpAndUnknownCommandsSeeThemAll() {
    List<String> all = List.of("build", "validate", "html", "pdf", "serve", "diff", "init", "help");
    assertEquals(all, List.copyOf(Teikit.commandLine("--help").getSubcommands().keySet()));
    assertEquals(all, List.copyOf(Teikit.commandLine("nosuch").getSubcommands().keySet()));
  }

  @Test
  void aCommandSetUpAloneReadsItsOptionsAsWhenAllAre() {
    StringWriter alone = new StringWriter();
    StringWriter among = new StringWriter();
    CommandLine one = Teikit.commandLine("build");
    one.setOut(new PrintWriter(alone));
    CommandLine all = Teikit.commandLine();
    all.setOut(new PrintWriter(among));
    assertEquals(0, one.execute("build", "--help"));
    assertEquals(0, all.execute("build", "--help"));
    assertEquals(among.toString(), alone.toString());
  }
}
