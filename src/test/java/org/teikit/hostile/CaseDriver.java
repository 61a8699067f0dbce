package org.teikit.hostile;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.teikit.cli.Teikit;

/**
 * Runs cases in a JVM of their own: under strace ({@link StraceCheckTest}, several cases in one
 * JVM, since a JVM's start costs seconds there), or for a case that needs JVM options. Arguments:
 * {@code --case NAME ARG... --case NAME ARG...}; it exits with the last case's exit code. Before
 * each case it tries to open {@code /hostile-mark/NAME}, a path that does not exist, so that a
 * trace tells where each case begins.
 */
public final class CaseDriver {
  static final String MARK = "/hostile-mark/";

  private CaseDriver() {}

  public static void main(String[] args) {
    List<String> current = new ArrayList<>();
    int code = 0;
    for (String a : args) {
      if (a.equals("--case")) {
        code = current.isEmpty() ? code : run(current);
        current = new ArrayList<>();
      } else {
        current.add(a);
      }
    }
    System.exit(current.isEmpty() ? code : run(current));
  }

  private static int run(List<String> caseAndArgs) {
    try (FileInputStream mark = new FileInputStream(MARK + caseAndArgs.get(0))) {
      throw new IllegalStateException("a mark exists: " + MARK + caseAndArgs.get(0));
    } catch (IOException expected) {
      // the failed open is the mark in the trace
    }
    List<String> args = caseAndArgs.subList(1, caseAndArgs.size());
    return Teikit.commandLine().execute(args.toArray(String[]::new));
  }
}
