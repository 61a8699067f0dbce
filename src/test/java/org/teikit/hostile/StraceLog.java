package org.teikit.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a traced process tried to open and the internet sockets it tried to connect to, read
 * from the log of {@code strace -f -e trace=open,openat,connect}, each with the case that was
 * running (after {@link CaseDriver}'s marks).
 */
record StraceLog(List<Event> events) {
  private static final Pattern OPEN = Pattern.compile("\\bopen(?:at)?\\((?:AT_FDCWD, |)\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern CONNECT = Pattern.compile("\\bconnect\\(\\d+, \\{sa_family=(AF_INET6?),([^}]*)\\}");

  /** An open ({@code path} set) or an internet connect ({@code address} set), made during {@code inCase}. */
  record Event(String inCase, String path, String address) {}

  static StraceLog read(Path log, Path workingDirectory) throws IOException {
    List<Event> events = new ArrayList<>();
    String current = "(start)";
    for (String line : Files.readAllLines(log)) {
      Matcher open = OPEN.matcher(line);
      if (open.find()) {
        String path = open.group(1);
        if (path.startsWith(CaseDriver.MARK)) {
          current = path.substring(CaseDriver.MARK.length());
          continue;
        }
        events.add(new Event(current, workingDirectory.resolve(path).normalize().toString(), null));
        continue;
      }
      Matcher connect = CONNECT.matcher(line);
      if (connect.find()) {
        events.add(new Event(current, null, connect.group(1) + connect.group(2)));
      }
    }
    return new StraceLog(events);
  }
}
