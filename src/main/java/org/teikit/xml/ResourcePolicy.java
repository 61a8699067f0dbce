package org.teikit.xml;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.teikit.xml.UnsafeResourceException.Reason;

/**
 * Decides what teikit may read, for every parser, schema reader and stylesheet alike: local files
 * inside the folders it was given (the inputs; the folders of the schemas and catalogs named on
 * the command line, and what those catalogs map to) and its own resources ({@link
 * OwnResources}). Symbolic links count where they lead. Nothing else is read: no network, no
 * {@code jar:} URL a document or schema writes, no other scheme. Every resource let through is
 * told to {@link OpenLog}. Thread-safe.
 */
public final class ResourcePolicy {
  private static final Set<String> REMOTE_SCHEMES = Set.of("http", "https", "ftp");

  private final Catalogs catalogs;
  private final List<Path> documentRoots = new java.util.concurrent.CopyOnWriteArrayList<>();
  /** Besides the inputs: schema and catalog folders, and the folders of files catalogs map to. */
  private final Set<Path> otherFolders = new CopyOnWriteArraySet<>();

  public ResourcePolicy(Catalogs catalogs, List<Path> documentRoots) {
    this.catalogs = catalogs;
    addInputs(documentRoots);
  }

  /** The input folders (real paths): documents are read, and XInclude reads, only inside them. */
  public List<Path> documentRoots() {
    return List.copyOf(documentRoots);
  }

  /** Adds input folders, for a run that learns them after the policy is made (a validator's). */
  public void addInputs(List<Path> folders) {
    folders.stream().map(ResourcePolicy::real).filter(f -> !documentRoots.contains(f)).forEach(documentRoots::add);
  }

  public Catalogs catalogs() {
    return catalogs;
  }

  /**
   * Lets schemas and catalogs in {@code folder} (a folder the user named on the command line, or
   * the folder of a file named there) be read, and what they include beside them.
   */
  public void allowFolder(Path folder) {
    otherFolders.add(real(folder));
  }

  /**
   * Resolves {@code href} against {@code base} through the catalogs, and returns the local URI to
   * read: a file inside the folders allowed, or one of teikit's own resources.
   *
   * @throws UnsafeResourceException when the policy refuses it (the message says why, in words)
   */
  public URI resolve(String href, String base) {
    Optional<URI> mapped = catalogs.lookup(href);
    if (mapped.isEmpty()) {
      refuseScheme(href, base);
    }
    URI target = mapped.orElseGet(() -> against(base, href));
    if (mapped.isEmpty()) {
      mapped = catalogs.lookup(target.toString());
    }
    URI local = mapped.orElse(target);
    if (mapped.isPresent()) {
      admitMapped(href, local);
    } else {
      checkFile(href, admit(href, local, readableFolders()), InputLimits.DOCUMENT_BYTES, "resource");
    }
    OpenLog.opened(local);
    return local;
  }

  /**
   * Like {@link #resolve} for a file pulled into a document (XInclude): it must be a regular file
   * inside one of {@code roots} and no larger than {@link InputLimits#INCLUDED_BYTES}.
   *
   * @param roots real paths (see {@link #real}): the caller resolves them once, not per inclusion
   */
  public URI resolveInclusion(String href, String base, List<Path> roots) {
    refuseScheme(href, base);
    URI uri = against(base, href);
    Path file = admit(href, uri, roots);
    checkFile(href, file, InputLimits.INCLUDED_BYTES, "included file");
    OpenLog.opened(uri);
    return uri;
  }

  /**
   * Checks an input document before it is opened: a regular file (not a device, FIFO or socket,
   * which are never opened: opening a FIFO blocks), inside the input folders once they are known
   * (where a symbolic link leads counts), no larger than {@link InputLimits#DOCUMENT_BYTES}.
   *
   * @return the real path to read
   */
  public Path checkDocument(Path file) {
    Path real = real(file);
    if (!documentRoots.isEmpty() && documentRoots.stream().noneMatch(real::startsWith)) {
      throw new UnsafeResourceException(Reason.OUTSIDE,
          file + " leads to " + real + ", outside the folders teikit was given, so it is not read");
    }
    checkFile(file.toString(), real, InputLimits.DOCUMENT_BYTES, "document");
    OpenLog.opened(real.toUri());
    return real;
  }

  /** A document or schema names no {@code jar:} URL, and nothing remote or of another scheme. */
  private static void refuseScheme(String href, String base) {
    String scheme = schemeOf(href);
    boolean fromTeikit = base == null || base.isEmpty() || base.startsWith("jar:");
    if (scheme == null || scheme.equals("file") || (scheme.equals("jar") && fromTeikit)) {
      return;
    }
    throw refusedScheme(href, scheme);
  }

  private static UnsafeResourceException refusedScheme(String href, String scheme) {
    if (REMOTE_SCHEMES.contains(scheme)) {
      return new UnsafeResourceException(Reason.REMOTE,
          "remote resource " + href + " is not fetched (teikit never uses the network)");
    }
    if (scheme.equals("jar")) {
      return new UnsafeResourceException(Reason.SCHEME,
          "the jar: URL " + href + " is not read: teikit opens no archive (nor, through one, the network)");
    }
    return new UnsafeResourceException(Reason.SCHEME,
        href + " is not read: teikit reads local files only, not " + scheme + ": URLs");
  }

  /** A catalog's mapping is trusted if it is local: a file, or one of teikit's own resources. */
  private void admitMapped(String href, URI local) {
    String scheme = schemeOf(local.toString());
    if ("jar".equals(scheme) && OwnResources.get().isBundled(local)) {
      return;
    }
    if (!"file".equals(scheme)) {
      throw refusedScheme(local.toString(), scheme == null ? "?" : scheme);
    }
    Path file = real(Path.of(local));
    if (file.getParent() != null) {
      otherFolders.add(file.getParent());
    }
  }

  /** The real path of a local file inside {@code folders}, or a refusal naming {@code href}. */
  private static Path admit(String href, URI uri, List<Path> folders) {
    String scheme = schemeOf(uri.toString());
    if ("jar".equals(scheme) && OwnResources.get().isBundled(uri)) {
      return null;
    }
    if (scheme != null && !scheme.equals("file")) {
      throw refusedScheme(href, scheme);
    }
    Path file = real(Path.of(uri));
    // a missing file is not refused: there is nothing to read, and reading it will say it is missing
    if (folders.stream().noneMatch(file::startsWith) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new UnsafeResourceException(Reason.OUTSIDE, Path.of(uri).equals(file)
          ? href + " lies outside the folders teikit was given, so it is not read"
          : href + " leads to " + file + ", outside the folders teikit was given, so it is not read");
    }
    return file;
  }

  /** Refuses what is not a regular file, or is larger than {@code limit}; never opens it. */
  private static void checkFile(String name, Path file, long limit, String what) {
    if (file == null) {
      return;
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException absent) {
      return; // reading it will say that it is missing
    }
    if (!attributes.isRegularFile() && !attributes.isDirectory()) {
      throw new UnsafeResourceException(Reason.NOT_REGULAR,
          name + " is not a regular file (a device, a FIFO or a socket), so it is not read");
    }
    if (attributes.size() > limit) {
      throw new UnsafeResourceException(Reason.TOO_LARGE, name + " is " + InputLimits.describe(attributes.size())
          + ", more than teikit reads for one " + what + " (" + InputLimits.describe(limit) + "), so it is not read");
    }
  }

  private List<Path> readableFolders() {
    List<Path> all = new java.util.ArrayList<>(documentRoots);
    all.addAll(otherFolders);
    all.addAll(OwnResources.get().folders());
    return all;
  }

  /** The scheme of a URI reference, lower case, or null for a relative reference. */
  private static String schemeOf(String href) {
    int colon = href.indexOf(':');
    if (colon < 2) {
      return null; // none, or a Windows drive letter
    }
    String scheme = href.substring(0, colon);
    return scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") ? scheme.toLowerCase(Locale.ROOT) : null;
  }

  /** Resolves a reference against {@code base} (none: as it stands); java.net.URI cannot resolve against opaque jar: URIs. */
  private static URI against(String base, String href) {
    if (base == null || base.isEmpty()) {
      return URI.create(href);
    }
    if (base.startsWith("jar:")) {
      try {
        return new URL(new URL(base), href).toURI();
      } catch (java.net.MalformedURLException | URISyntaxException e) {
        throw new IllegalArgumentException("cannot resolve " + href + " against " + base, e);
      }
    }
    return URI.create(base).resolve(href);
  }

  /** Where a path leads, symbolic links followed; for a missing file, where its folder leads. */
  static Path real(Path p) {
    Path absolute = p.toAbsolutePath().normalize();
    try {
      if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
        return absolute.toRealPath();
      }
    } catch (IOException dangling) {
      return absolute;
    }
    Path parent = absolute.getParent();
    return parent == null ? absolute : real(parent).resolve(absolute.getFileName());
  }
}
