package org.teikit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.teikit.diagnostic.Report;
import org.teikit.edition.Selection;
import org.teikit.publish.html.HtmlOptions;
import org.teikit.publish.html.HtmlPublisher;
import org.teikit.publish.html.HtmlResult;
import org.teikit.validate.Validator;
import org.teikit.xml.XmlContext;

/**
 * The fuzzing target: the bytes of one document, validated by the real {@link Validator} and
 * published by the web stylesheets in a small edition. Its property: both end with a report (any
 * document errors are diagnostics, never an exception), and a secret file laid beside the edition,
 * which a seed may name as {@code @SECRET@}, never appears in a report or a published file.
 * Kept warm between inputs, as a fuzzer calls it thousands of times.
 */
final class ValidateAndHtml {
  static final String SECRET_MARK = "@SECRET@";
  /** A valid document with a note and a name, to load what a run needs before the first input. */
  static final byte[] WARM_UP = ("""
      <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Warm-up</title>
      </titleStmt><publicationStmt><p>Fuzzing.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc>
      </fileDesc></teiHeader><text><body><p><persName>Deng</persName> wrote.<note>A note.</note></p>
      </body></text></TEI>""").getBytes(StandardCharsets.UTF_8);
  private static ValidateAndHtml instance;

  private final Path edition;
  private final Path document;
  private final Path output;
  private final String secretUri;
  private final String token;
  private final Validator validator;
  private final HtmlPublisher publisher;

  private ValidateAndHtml(Path root) throws IOException {
    edition = Files.createDirectories(root.resolve("edition"));
    document = edition.resolve("doc.xml");
    output = root.resolve("site");
    token = "teikit-fuzz-secret-" + Long.toHexString(System.nanoTime());
    Path secret = Files.createDirectories(root.resolve("outside")).resolve("secret.txt");
    Files.writeString(secret, token + "\n");
    secretUri = secret.toUri().toString();
    validator = Validator.builder().jobs(1).build();
    publisher = new HtmlPublisher(XmlContext.create(List.of(), List.of(edition)),
        new HtmlOptions(1, "", HtmlOptions.DEFAULT_SPLIT_THRESHOLD));
  }

  /** The one target of this JVM, laid in a temporary folder removed when the JVM ends. */
  static synchronized ValidateAndHtml get() {
    if (instance == null) {
      try {
        Path root = Files.createTempDirectory("teikit-fuzz-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        instance = new ValidateAndHtml(root);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** Validates and publishes {@code input} as the edition's one document; throws on any breach. */
  void check(byte[] input) throws IOException {
    if (new String(input, StandardCharsets.ISO_8859_1).contains(token)) {
      return; // the fuzzer learnt the token from a comparison; shown from the input, it was not read
    }
    Files.write(document, withSecret(input));
    Report report = validator.validate(List.of(edition));
    if (report.diagnostics().toString().contains(token)) {
      throw new SecretShown("validate: " + report.diagnostics());
    }
    HtmlResult result = publisher.publish(Selection.of(List.of(edition)).editions(), output, false);
    if (result.diagnostics().toString().contains(token)) {
      throw new SecretShown("html: " + result.diagnostics());
    }
    try (Stream<Path> files = Files.walk(output)) {
      for (Path f : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(token)) {
          throw new SecretShown("published in " + output.relativize(f));
        }
      }
    }
  }

  private byte[] withSecret(byte[] input) {
    String text = new String(input, StandardCharsets.ISO_8859_1);
    return text.contains(SECRET_MARK)
        ? text.replace(SECRET_MARK, secretUri).getBytes(StandardCharsets.ISO_8859_1)
        : input;
  }

  private static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind at exit
    }
  }

  /** The fuzzer's finding: a file outside the inputs was read and shown. */
  static final class SecretShown extends RuntimeException {
    SecretShown(String where) {
      super("a file outside the inputs was read: " + where);
    }
  }
}
