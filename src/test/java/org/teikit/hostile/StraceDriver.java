package org.teikit.hostile;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.teikit.cli.Teikit;

/**
 * The program {@link StraceCheckTest} runs under strace: several cases in one JVM, since a JVM's
 * start costs seconds there. Arguments: {@code --case NAME ARG... --case NAME ARG...}. Before each
 * case it tries to open {@code /hostile-mark/NAME}, a path that does not exist, so that the trace
 * tells where each case begins.
 */
public final class StraceDriver {
  static final String MARK = "/hostile-mark/";

  private StraceDriver() {}

  public static void main(String[] args) {
    List<String> current = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--case")) {
        run(current);
        current = new ArrayList<>();
      } else {
        current.add(a);
      }
    }
    run(current);
    System.exit(0);
  }

  private static void run(List<String> caseAndArgs) {
    if (caseAndArgs.isEmpty()) {
      return;
    }
    try (FileInputStream mark = new FileInputStream(MARK + caseAndArgs.get(0))) {
      throw new IllegalStateException("a mark exists: " + MARK + caseAndArgs.get(0));
    } catch (IOException expected) {
      // the failed open is the mark in the trace
    }
    List<String> args = caseAndArgs.subList(1, caseAndArgs.size());
    int code = Teikit.commandLine().execute(args.toArray(String[]::new));
    System.out.println("case " + caseAndArgs.get(0) + " exit " + code);
  }
}
