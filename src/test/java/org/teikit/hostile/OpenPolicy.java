package org.teikit.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Which files a traced teikit run may open: its inputs, and what the JVM and the system need to run. */
final class OpenPolicy {
  /** The system's own files that the JVM and the C library read at start (locale, users, time zone). */
  private static final List<String> SYSTEM = List.of(
      "/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/share/zoneinfo", "/usr/share/locale",
      "/etc/ld.so.cache", "/etc/ld.so.preload", "/etc/nsswitch.conf", "/etc/passwd", "/etc/group",
      "/etc/localtime", "/etc/timezone", "/etc/locale.alias", "/etc/mime.types", "/etc/os-release", "/etc/java-17-openjdk", "/etc/host.conf", "/etc/hosts",
      "/etc/resolv.conf", "/etc/gai.conf", "/proc", "/sys", "/dev", "/tmp");

  private final List<Path> baits;
  private final List<Path> allowed = new ArrayList<>();

  OpenPolicy(List<Path> caseFolders, List<Path> baits) {
    this.baits = baits;
    allowed.addAll(caseFolders);
    allowed.add(Path.of(System.getProperty("java.home")));
    allowed.add(Path.of(System.getProperty("user.home"), ".m2"));
    allowed.add(Path.of(System.getProperty("user.home"), ".cache", "teikit"));
    allowed.addAll(TeikitResources.classPath());
    SYSTEM.forEach(s -> allowed.add(Path.of(s)));
  }

  /** What is wrong with {@code e}, or "" when nothing is. */
  String breach(StraceLog.Event e) {
    if (e.address() != null) {
      return e.inCase() + ": connected to " + e.address();
    }
    Path p = real(Path.of(e.path()));
    if (baits.stream().anyMatch(p::startsWith)) {
      return e.inCase() + ": opened the bait " + p + (p.toString().equals(e.path()) ? "" : " as " + e.path());
    }
    return allowed.stream().anyMatch(p::startsWith) ? "" : e.inCase() + ": opened " + p;
  }

  /** Where {@code p} leads once every symlink is followed: the trace names the link, the kernel opens its target. */
  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | SecurityException gone) {
      return p;
    }
  }
}
