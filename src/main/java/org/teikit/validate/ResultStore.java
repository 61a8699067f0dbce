package org.teikit.validate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.teikit.diagnostic.Check;
import org.teikit.store.Key;
import org.teikit.store.SourceDigests;
import org.teikit.store.Store;

/**
 * Per-file validation results kept between runs, so that a run after one document changed parses
 * only that document. A result is found by the file's path and bytes (content, not timestamps)
 * and the validator's identity, and used only while what it depended on is unchanged: the schema
 * files that applied (with the schema files beside them, which they may include) and the files
 * its pointers lead to (Schematron rules may read them). Reference integrity is not stored: it
 * depends on the other files, so it is checked again on every run from the stored ids and
 * pointers.
 *
 * <p>Not stored: documents that use XInclude (what they include is not tracked), and results with
 * I/O problems. A schema a document names that is missing is a dependency too: when it appears,
 * the document is checked again.
 *
 * <p>Results are kept in a {@link Store}, read from one folder (the previous build's) and
 * written, reused or new, to another (the build being written), which is swapped in with the
 * rest of the output.
 *
 * <p>What a result depended on is recorded as the run first read it, before the check read it:
 * the sources as the build read them all at its start ({@link SourceDigests}), a schema's folder
 * when the schema was chosen, before it was compiled. A file saved while the check runs then
 * leaves a recorded digest older than what the check saw, and the next run checks again; read
 * after the check, the digest could name a newer file than the one checked, and a stale result
 * would be kept.
 */
public final class ResultStore {
  private static final Set<String> SCHEMA_FILES = Set.of("rng", "rnc", "xsd", "sch", "xsl", "xslt");
  private static final byte[] XINCLUDE = "http://www.w3.org/2001/XInclude".getBytes(StandardCharsets.UTF_8);
  private static final String ABSENT = "absent";

  private static final String RESULT = "result";

  private final Store store;
  private final String identity;
  private final SourceDigests sources;
  private final Set<Path> seenSchemas = ConcurrentHashMap.newKeySet();
  private final Map<Path, Optional<String>> keys = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

  /**
   * @param previous where an earlier run stored its results (need not exist)
   * @param next where this run stores the results it reuses or makes
   * @param identity what else every result depends on (teikit itself, the validator's options)
   */
  public ResultStore(Path previous, Path next, String identity, SourceDigests sources) {
    this.store = Store.at(Optional.of(previous), next);
    this.identity = identity;
    this.sources = sources;
  }

  /** The schema files a document will be checked against, about to be compiled: read now, once a run. */
  void schemasChosen(List<Path> schemas) {
    schemas.stream().filter(seenSchemas::add).forEach(schema -> schemaFolder(schema).forEach(this::digest));
  }

  /** A stored result for {@code file} whose dependencies are unchanged; kept for the next run. */
  Optional<DocumentCheck.Result> find(Path file) {
    Optional<Path> kept = key(file).flatMap(store::find);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    try {
      Optional<DocumentCheck.Result> found = read(file, Files.readAllBytes(kept.get().resolve(RESULT)));
      if (found.isPresent()) {
        reused.incrementAndGet();
      }
      return found;
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** How many stored results this run has used. */
  public int reused() {
    return reused.get();
  }

  /** Stores a fresh result, unless it could not be trusted next time (see the class comment). */
  void store(Path file, DocumentCheck.Result result) {
    boolean unsure = result.diagnostics().stream().anyMatch(d -> d.check() == Check.IO);
    Optional<String> key = unsure ? Optional.empty() : key(file);
    if (key.isEmpty()) {
      return;
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        ResultFormat.write(out, dependencies(file, result), result);
      }
      store.put(key.get(), folder -> Files.write(folder.resolve(RESULT), bytes.toByteArray()));
    } catch (IOException | RuntimeException notStored) {
      // The store only saves time: a result that cannot be stored is made again next run.
    }
  }

  /** The file's key, read once per run; empty when it cannot be read or uses XInclude. */
  private Optional<String> key(Path file) {
    return keys.computeIfAbsent(file, this::readKey);
  }

  private Optional<String> readKey(Path file) {
    try {
      byte[] content = Files.readAllBytes(file);
      return contains(content, XINCLUDE) ? Optional.empty()
          : Optional.of(Key.of("validation result").add("validator", identity)
              .add("file", file.toString()).addBytes("content", content).hex());
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  private Optional<DocumentCheck.Result> read(Path file, byte[] stored) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      Map<Path, String> dependencies = ResultFormat.readDependencies(in);
      if (dependencies == null || dependencies.entrySet().stream().anyMatch(d -> !d.getValue().equals(digest(d.getKey())))) {
        return Optional.empty();
      }
      return Optional.of(ResultFormat.readResult(in, file));
    }
  }

  /** The schema files that applied, those beside them, and the files the pointers lead to. */
  private Map<Path, String> dependencies(Path file, DocumentCheck.Result result) {
    Map<Path, String> found = new LinkedHashMap<>();
    for (Path schema : result.schemaFiles()) {
      schemaFolder(schema).forEach(p -> found.put(p, digest(p)));
    }
    for (Path target : PointerTargets.of(file, result.references())) {
      found.put(target, digest(target));
    }
    return found;
  }

  private static List<Path> schemaFolder(Path schema) {
    try (Stream<Path> beside = Files.list(schema.getParent())) {
      return Stream.concat(Stream.of(schema), beside.filter(ResultStore::isSchemaFile)).distinct().sorted().toList();
    } catch (IOException unreadable) {
      return List.of(schema);
    }
  }

  private static boolean isSchemaFile(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && SCHEMA_FILES.contains(name.substring(dot + 1)) && Files.isRegularFile(p);
  }

  /** A file's content digest as this run first read it. */
  private String digest(Path file) {
    try {
      return Files.isRegularFile(file) ? sources.of(file) : ABSENT;
    } catch (IOException unreadable) {
      return ABSENT;
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
