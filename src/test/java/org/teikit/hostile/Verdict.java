package org.teikit.hostile;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teikit.hostile.Breach.Kind;

/** Checks one run of a case against what the case expects and against what no run may do. */
final class Verdict {
  /** Java's and Saxon's wording that a user must never see: stack frames, exception and error class names. */
  static final Pattern JAVA_WORDING = Pattern.compile(
      "(?m)^\\s+at \\S|\\b\\w*Exception\\b|\\b[A-Z]\\w*Error\\b|\\bjava\\.(lang|io|nio|util|net)\\.");

  private final List<Breach> breaches = new ArrayList<>();

  List<Breach> breaches() {
    return breaches;
  }

  void run(HostileCase c, CaseRun run, int number) {
    String which = c.runs() > 1 ? "run " + number + ": " : "";
    if (run.timedOut()) {
      add(Kind.HANG, which + "stopped after " + run.time().toSeconds() + " s");
    } else if (run.exitCode() != c.exit()) {
      add(Kind.EXIT, which + "expected " + c.exit() + ", got " + run.exitCode());
    }
    if (!c.message().matcher(run.output()).find()) {
      add(Kind.MESSAGE, which + "no match for /" + c.message() + "/");
    }
    c.unsaid().map(u -> u.matcher(run.output())).filter(Matcher::find)
        .ifPresent(m -> add(Kind.UNSAID, which + "'" + m.group() + "'"));
    Matcher java = JAVA_WORDING.matcher(run.output());
    if (java.find()) {
      add(Kind.JAVA_WORDING, which + "'" + line(run.output(), java.start()) + "'");
    }
    long lines = run.output().lines().count();
    if (lines > c.maxLines()) {
      add(Kind.FLOOD, which + lines + " lines (at most " + c.maxLines() + ")");
    }
  }

  /** The secret shown to the user or written into any file of the case folder. */
  void secret(Bait bait, String output, FolderState after) throws IOException {
    if (output.contains(bait.token)) {
      add(Kind.SECRET_SHOWN, "in the messages: '" + line(output, output.indexOf(bait.token)) + "'");
    }
    for (Path file : after.files()) {
      if (bait.leaksIn(Files.readAllBytes(file))) {
        add(Kind.SECRET_SHOWN, "in " + after.folder().relativize(file));
      }
    }
  }

  void opened(List<URI> outside) {
    outside.forEach(u -> add(Kind.READ_OUTSIDE, u.toString()));
  }

  void connections(int count) {
    if (count > 0) {
      add(Kind.CONNECTION, count + " to the loopback trap");
    }
  }

  void lost(FolderState before, FolderState after, Kind kind) throws IOException {
    after.lostSince(before).forEach(l -> add(kind, l));
  }

  void outputs(HostileCase c, Path caseFolder) throws IOException {
    for (String path : c.creates()) {
      if (!Files.exists(caseFolder.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
        add(Kind.MISSING_OUTPUT, path);
      }
    }
    if (c.forbidden().isEmpty()) {
      return;
    }
    for (Path file : FolderState.of(caseFolder).files()) {
      String relative = caseFolder.relativize(file).toString();
      for (HostileCase.Forbidden f : c.forbidden()) {
        if (f.files().matcher(relative).matches() && f.text().matcher(Files.readString(file,
            java.nio.charset.StandardCharsets.ISO_8859_1)).find()) {
          add(Kind.ACTIVE_CONTENT, relative + " holds /" + f.text() + "/");
        }
      }
    }
  }

  private void add(Kind kind, String detail) {
    breaches.add(new Breach(kind, detail));
  }

  private static String line(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    String line = text.substring(start, end < 0 ? text.length() : end).strip();
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }
}
