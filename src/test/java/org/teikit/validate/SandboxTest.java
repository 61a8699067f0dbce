package org.teikit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.cli.CliRun;
import org.teikit.diagnostic.Check;
import org.teikit.diagnostic.Diagnostic;
import org.teikit.diagnostic.Report;
import org.teikit.diagnostic.ReportFormat;
import org.teikit.edition.Editions;
import org.teikit.xml.InputLimits;
import org.teikit.xml.OpenLog;

/**
 * What a document names is read only inside the folders teikit was given: no jar: URL, nothing
 * remote, no symbolic link leading out, no device or FIFO; and one document cannot make teikit
 * read without bound. A sentinel secret lies outside the inputs: it must never reach a report,
 * and the policy must never let a file of its folder through ({@link OpenLog}).
 */
class SandboxTest {
  static final String SECRET = HostileInputTest.SECRET;
  static final String TEI = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
      + "<teiHeader/><text><body>";
  static final String END = "</body></text></TEI>\n";

  @TempDir Path dir;
  Path outside;
  Path edition;
  final Set<URI> opened = ConcurrentHashMap.newKeySet();
  AutoCloseable recording;

  @BeforeEach
  void sentinelOutsideTheInputs() throws Exception {
    outside = Files.createDirectories(dir.resolve("outside"));
    edition = Files.createDirectories(dir.resolve("edition"));
    Files.writeString(outside.resolve("secret.xml"), TEI + "<p>" + SECRET + "</p>" + END);
    Files.writeString(outside.resolve("secret.rng"), "<!-- " + SECRET + " -->\n<element/>");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(outside.resolve("secret.zip")))) {
      zip.putNextEntry(new ZipEntry("secret.xml"));
      zip.write(Files.readAllBytes(outside.resolve("secret.xml")));
    }
    recording = OpenLog.record(opened::add);
  }

  @AfterEach
  void nothingOutsideWasLetThrough() throws Exception {
    recording.close();
    for (URI uri : opened) {
      assertFalse(uri.toString().contains(outside.getFileName() + "/"), "let through: " + uri);
      assertFalse(uri.toString().contains("/etc/"), "let through: " + uri);
    }
  }

  @Test
  void aJarUrlInAnXIncludeIsRefusedAndTheArchiveNeverRead() throws Exception {
    Path doc = write("jar.xml", TEI + "\n<xi:include href=\"jar:" + outside.resolve("secret.zip").toUri() + "!/secret.xml\"/>" + END);

    Diagnostic error = onlyError(validate(doc));

    assertEquals(Check.WF, error.check());
    assertEquals(2, error.line());
    assertTrue(error.message().contains("the jar: URL jar:file:"), error.message());
  }

  @Test
  void aJarUrlOverHttpMakesNoConnection() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String remote = "jar:http://127.0.0.1:" + listener.getLocalPort() + "/x.zip!/a";
      Path include = write("include.xml", TEI + "<xi:include href=\"" + remote + ".xml\"/>" + END);
      Path model = write("model.xml", "<?xml-model href=\"" + remote + ".rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n"
          + TEI + END);

      Report report = validate(include, model);

      assertTrue(findingOn(report, include).message().contains("is not read: teikit opens no archive"), report.toString());
      assertTrue(findingOn(report, model).message().startsWith("the schema named here is not used, so the document is not "
          + "checked against it: the jar: URL"), report.toString());
      assertTrue(findingOn(report, model).isError());
      assertEquals(1, findingOn(report, model).line());
      listener.setSoTimeout(200);
      assertThrows(SocketTimeoutException.class, listener::accept, "teikit connected to the listener");
    }
  }

  @Test
  void aSymbolicLinkLeadingOutsideIsNeitherValidatedNorPublished() throws Exception {
    write("letter.xml", TEI + "<p>a letter</p>" + END);
    Path file = Files.createSymbolicLink(edition.resolve("settings.xml"), outside.resolve("secret.xml"));
    Path folder = Files.createSymbolicLink(edition.resolve("more"), outside);

    Report report = validate(edition);

    assertEquals(List.of(edition.resolve("letter.xml")), report.files());
    Diagnostic onFile = findingOn(report, file);
    assertTrue(onFile.message().startsWith("the symbolic link " + file + " leads to "), onFile.message());
    assertTrue(onFile.message().endsWith("outside the folder it is in, so it is not read"), onFile.message());
    assertEquals(org.teikit.diagnostic.Severity.WARNING, onFile.severity());
    assertTrue(findingOn(report, folder).message().startsWith("the symbolic link " + folder), report.toString());
    assertEquals(List.of(edition.resolve("letter.xml")), Editions.find(List.of(edition)).get(0).documents(),
        "html and pdf take their documents from here");
  }

  @Test
  void aPointerIntoALinkLeadingOutsideLearnsNothingOfTheFileThere() throws Exception {
    Files.writeString(outside.resolve("ids.xml"), TEI + "<p xml:id=\"" + SECRET + "\">x</p>" + END);
    Files.createSymbolicLink(edition.resolve("ids.xml"), outside.resolve("ids.xml"));
    String almost = SECRET.substring(0, SECRET.length() - 1);
    Path doc = write("doc.xml", TEI + "<p><ref target=\"ids.xml#" + almost + "\">x</ref></p>" + END);

    Report report = validate(edition);

    assertEquals(List.of(doc), report.files());
    assertTrue(report.diagnostics().stream().anyMatch(d -> d.file().equals(doc) && d.check() == Check.REF), report.toString());
    assertFalse(report.toString().contains(SECRET), "no id of the file outside is suggested: " + report);
  }

  @Test
  void anXIncludeThroughALinkedFolderIsRefused() throws Exception {
    Files.createSymbolicLink(edition.resolve("more"), outside);
    Path doc = write("doc.xml", TEI + "\n\n<xi:include href=\"more/secret.xml\"/>" + END);

    Diagnostic error = onlyError(validate(doc));

    assertEquals(3, error.line());
    assertTrue(error.message().startsWith("more/secret.xml leads to "), error.message());
    assertTrue(error.message().endsWith("outside the folders teikit was given, so it is not read"), error.message());
  }

  @Test
  void anXmlModelNamingEtcPasswdIsNotOpened() throws Exception {
    Path doc = write("passwd.xml", "<?xml-model href=\"/etc/passwd\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n"
        + TEI + END);
    Path secret = write("secret-schema.xml", "<?xml-model href=\"" + outside.resolve("secret.rng").toUri()
        + "\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n" + TEI + END);

    Report report = validate(doc, secret);

    assertFalse(report.toString().contains("root:"), report.toString());
    assertTrue(findingOn(report, doc).message().startsWith(
        "the schema /etc/passwd named here lies outside the folders teikit was given, so it is not read"));
    assertEquals(1, findingOn(report, secret).line());
    assertEquals(org.teikit.diagnostic.Severity.ERROR, findingOn(report, doc).severity(),
        "an error: the document names a schema it is not checked against");
  }

  @Test
  void whatASchemaIncludesOrImportsIsHeldToTheSameRule() throws Exception {
    Files.writeString(edition.resolve("include.rng"), "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">"
        + "<include href=\"" + outside.resolve("secret.rng").toUri() + "\"/><start><element name=\"TEI\"><text/></element></start></grammar>");
    Files.writeString(edition.resolve("jar.rng"), "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">"
        + "<include href=\"jar:" + outside.resolve("secret.zip").toUri() + "!/secret.xml\"/><start><element name=\"TEI\"><text/></element></start></grammar>");
    Files.writeString(edition.resolve("include.xsd"), "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
        + "<xs:include schemaLocation=\"../outside/secret.xml\"/><xs:element name=\"TEI\"/></xs:schema>");
    Path rng = write("rng.xml", "<?xml-model href=\"include.rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n<TEI/>");
    Path jar = write("jar.xml", "<?xml-model href=\"jar.rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n<TEI/>");
    Path xsd = write("xsd.xml", "<?xml-model href=\"include.xsd\" schematypens=\"http://www.w3.org/2001/XMLSchema\"?>\n<TEI/>");

    Report report = validate(rng, jar, xsd);

    assertTrue(findingOn(report, rng).message().startsWith("the schema include.rng cannot be used: "), report.toString());
    assertTrue(findingOn(report, rng).message().endsWith("lies outside the folders teikit was given, so it is not read"));
    assertTrue(findingOn(report, jar).message().contains("the jar: URL jar:file:"), report.toString());
    assertEquals("the schema include.xsd cannot be used: ../outside/secret.xml lies outside the folders teikit was given, "
        + "so it is not read", findingOn(report, xsd).message());
    assertFalse(report.toString().contains("Exception"), "plain words: " + report);
  }

  @Test
  void anEntityBlowupInAnXmlSchemaIsRefusedQuickly() throws Exception {
    Files.writeString(edition.resolve("blowup.xsd"), "<!DOCTYPE xs:schema [ <!ENTITY e \"" + "x".repeat(100_000) + "\"> ]>\n"
        + "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"TEI\"><xs:annotation>"
        + "<xs:documentation>" + "&e;".repeat(9_000) + "</xs:documentation></xs:annotation></xs:element></xs:schema>");
    Path doc = write("doc.xml", "<?xml-model href=\"blowup.xsd\" schematypens=\"http://www.w3.org/2001/XMLSchema\"?>\n<TEI/>");

    Diagnostic error = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> onlyError(validate(doc)));

    assertEquals("the schema blowup.xsd cannot be used: " + edition.resolve("blowup.xsd") + ":1:10: a schema document "
        + "may not have a DOCTYPE (teikit does not expand a schema's entities)", error.message());
  }

  @Test
  void anExternalDtdIsAWellFormednessErrorAndAnInternalSubsetIsNot() throws Exception {
    Path remote = write("remote.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI SYSTEM \"http://127.0.0.1:9/tei.dtd\">\n" + TEI + END);
    Path local = write("local.xml", "<!DOCTYPE TEI PUBLIC \"-//x//DTD y//EN\" \"" + outside.resolve("tei.dtd").toUri() + "\">\n" + TEI + END);
    Path internal = write("internal.xml", "<!DOCTYPE TEI [ <!ENTITY mdash \"&#x2014;\"> ]>\n" + TEI + "<p>a &mdash; b</p>" + END);
    Path page = write("page.xml", "<!DOCTYPE html SYSTEM \"about:legacy-compat\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>");

    Report report = validate(remote, local, internal, page);

    Diagnostic onRemote = findingOn(report, remote);
    assertEquals(Check.WF, onRemote.check());
    assertEquals(2, onRemote.line());
    assertTrue(onRemote.column() > 0);
    assertTrue(onRemote.message().startsWith("the DOCTYPE names an external DTD (http://127.0.0.1:9/tei.dtd): "
        + "teikit never reads DTDs"), onRemote.message());
    assertEquals(1, findingOn(report, local).line());
    assertEquals(2, report.count(org.teikit.diagnostic.Severity.ERROR), report.toString());
  }

  /**
   * Unbounded, this document ran for more than 30 s and took 5 GB before it was stopped; bounded,
   * it stops in about 0.1 s on a quiet machine. The time asserted only tells a stop at the limit
   * from a runaway: a busy CI machine took 1.4 s.
   */
  @Test
  void aQuadraticEntityBlowupStopsAtTheTextLimitNotAfterExpandingIt() throws Exception {
    String big = "x".repeat(100_000);
    String references = "&e;".repeat(9_000);
    String dtd = "<!DOCTYPE TEI [ <!ENTITY e \"" + big + "\"> ]>\n";
    Path inText = write("text.xml", dtd + TEI + "<p>" + references + "</p>" + END);
    Path inAttribute = write("attribute.xml", dtd + TEI + "<p n=\"" + references + "\">x</p>" + END);
    Path fine = write("fine.xml", TEI + "<p>valid</p>" + END);
    Validator validator = Validator.builder().defaultSchema(false).build();
    validator.validate(List.of(fine)); // the parser's classes loaded, as in a run of many files

    long start = System.nanoTime();
    Report report = validator.validate(List.of(inText, inAttribute, fine));
    long millis = (System.nanoTime() - start) / 1_000_000;

    for (Path file : List.of(inText, inAttribute)) {
      Diagnostic error = findingOn(report, file);
      assertEquals(Check.WF, error.check());
      assertEquals(2, error.line());
      assertTrue(error.message().startsWith("the entity \"e\" is not expanded: this document's entities would expand "
          + "to more than " + InputLimits.describe(InputLimits.ENTITY_TEXT_CHARS) + " of text"), error.message());
    }
    assertEquals(2, report.count(org.teikit.diagnostic.Severity.ERROR), report.toString());
    assertTrue(millis < 10_000, "took " + millis + " ms");
  }

  @Test
  void anEntityReferencedManyTimesWithinTheLimitStillExpands() throws Exception {
    Path doc = write("many.xml", "<!DOCTYPE TEI [ <!ENTITY e \"" + "y".repeat(1000) + "\"> ]>\n"
        + TEI + "<p>" + "&e;".repeat(5_000) + "</p>" + END);
    assertEquals(0, validate(doc).count(org.teikit.diagnostic.Severity.ERROR));
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedUnread() throws Exception {
    Path huge = sparse(edition.resolve("huge.xml"), InputLimits.DOCUMENT_BYTES + 1);

    Diagnostic error = onlyError(validate(huge));

    assertEquals(Check.IO, error.check());
    assertEquals(huge + " is 64 MB, more than teikit reads for one document (64 MB), so it is not read", error.message());
  }

  @Test
  void anIncludedFileOverTheSizeLimitIsRefusedUnread() throws Exception {
    sparse(edition.resolve("huge.txt"), InputLimits.INCLUDED_BYTES + 1);
    Path doc = write("doc.xml", TEI + "<p>\n<xi:include href=\"huge.txt\" parse=\"text\"/></p>" + END);

    Diagnostic error = onlyError(validate(doc));

    assertEquals(2, error.line());
    assertEquals("huge.txt is 64 MB, more than teikit reads for one included file (64 MB), so it is not read", error.message());
  }

  @Test
  void anEntityBlowupInAnIncludedFileStopsAtTheTextLimitToo() throws Exception {
    Files.writeString(edition.resolve("blowup.ent"), "<!DOCTYPE p [ <!ENTITY e \"" + "x".repeat(100_000) + "\"> ]>\n"
        + "<p xmlns=\"http://www.tei-c.org/ns/1.0\">" + "&e;".repeat(9_000) + "</p>");
    Files.writeString(edition.resolve("nested.ent"), "<div xmlns=\"http://www.tei-c.org/ns/1.0\" "
        + "xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"blowup.ent\"/></div>");
    Path direct = write("direct.xml", TEI + "<xi:include href=\"blowup.ent\"/>" + END);
    Path nested = write("nested.xml", TEI + "<xi:include href=\"nested.ent\"/>" + END);
    Path pointed = write("pointed.xml", TEI + "<xi:include href=\"blowup.ent\" xpointer=\"element(/1)\"/>" + END);
    Files.writeString(edition.resolve("part.ent"), "<p xmlns=\"http://www.tei-c.org/ns/1.0\">part</p>");
    Validator validator = Validator.builder().defaultSchema(false).build();
    validator.validate(List.of(write("warm.xml", TEI + "<xi:include href=\"part.ent\"/>" + END)));

    long start = System.nanoTime();
    Report report = validator.validate(List.of(direct, nested, pointed));
    long millis = (System.nanoTime() - start) / 1_000_000;

    List<Diagnostic> stopped = report.diagnostics().stream().filter(d -> d.message().startsWith("the entity \"e\" is not expanded")).toList();
    assertEquals(3, stopped.size(), "directly, from an included file, and through an xpointer: " + report);
    assertEquals(edition.resolve("blowup.ent"), stopped.get(0).file(), "placed in the included file");
    assertEquals(2, stopped.get(0).line());
    assertTrue(millis < 10_000, "took " + millis + " ms"); // tells a stop from a runaway on a busy machine
  }

  @Test
  void aDocumentCannotIncludeMoreThanTheTotalLimit() throws Exception {
    // well-formed and cheap to parse: an empty element, then spaces, which make no text
    long size = InputLimits.INCLUDED_BYTES - 1;
    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(edition.resolve("large.ent")), 1 << 20)) {
      out.write("<p xmlns=\"http://www.tei-c.org/ns/1.0\"/>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (long written = 0; written < size - (1 << 20); written += spaces.length) {
        out.write(spaces);
      }
    }
    long fit = InputLimits.INCLUDED_TOTAL_BYTES / Files.size(edition.resolve("large.ent"));
    Path doc = write("doc.xml", TEI + "<xi:include href=\"large.ent\"/>\n".repeat((int) fit + 1) + END);

    Diagnostic error = onlyError(validate(doc));

    assertEquals(fit + 1, error.line());
    assertEquals("including large.ent would bring the files this document includes to more than 256 MB in all, "
        + "teikit's limit, so it is not read", error.message());
  }

  @Test
  void devicesAndFifosAreNeverOpenedAndSaidToBeSkipped() throws Exception {
    Path zero = Files.createSymbolicLink(edition.resolve("zero.xml"), Path.of("/dev/zero"));
    Path fifo = edition.resolve("fifo.xml");
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    write("letter.xml", TEI + "<p>a letter</p>" + END);

    Report report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> validate(edition));

    assertEquals(List.of(edition.resolve("letter.xml")), report.files());
    assertTrue(findingOn(report, zero).message().contains("leads to /dev/zero"), report.toString());
    assertEquals(fifo + " is not a regular file (a device, a FIFO or a socket), so it is not read",
        findingOn(report, fifo).message());
    assertEquals(2, report.diagnostics().stream().filter(d -> d.check() == Check.IO).count(), report.toString());
    assertFalse(report.hasErrors(), report.toString());
    Report named = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> validate(fifo));
    assertEquals(fifo, findingOn(named, fifo).file(), "a FIFO named on the command line too");
  }

  @Test
  void aRemoteSchemaOnTheCommandLineIsSaidNotToBeFetched() throws Exception {
    Path doc = write("doc.xml", TEI + END);
    CliRun run = CliRun.of("validate", "--schema", "http://127.0.0.1:9/tei_all.rng", doc.toString());
    assertEquals(2, run.exitCode());
    assertEquals("teikit: the schema http://127.0.0.1:9/tei_all.rng is remote, and teikit never fetches anything: "
        + "download it and give the local file", run.err().strip());
  }

  @Test
  void theSecretReachesNoReportInAnyFormat() throws Exception {
    write("jar.xml", TEI + "<xi:include href=\"jar:" + outside.resolve("secret.zip").toUri() + "!/secret.xml\"/>" + END);
    write("model.xml", "<?xml-model href=\"../outside/secret.rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n" + TEI + END);
    write("include.xml", TEI + "<xi:include href=\"../outside/secret.xml\"/>" + END);
    Files.createSymbolicLink(edition.resolve("settings.xml"), outside.resolve("secret.xml"));

    Report report = validate(edition);

    assertEquals(3, report.files().size());
    for (ReportFormat format : ReportFormat.values()) {
      StringWriter out = new StringWriter();
      format.reporter().write(report, dir, out);
      assertFalse(out.toString().contains(SECRET), format + ": " + out);
    }
  }

  @Test
  void theOpenLogSeesWhatAValidationReads() throws Exception {
    Path doc = write("doc.xml", TEI + "<xi:include href=\"part.xml\"/>" + END);
    Path part = write("part.xml", "<p xmlns=\"http://www.tei-c.org/ns/1.0\">part</p>");

    validate(doc);

    assertTrue(opened.contains(doc.toRealPath().toUri()), opened.toString());
    assertTrue(opened.stream().anyMatch(u -> u.toString().endsWith(part.getFileName().toString())), opened.toString());
  }

  private Report validate(Path... paths) throws Exception {
    return Validator.builder().defaultSchema(false).build().validate(List.of(paths));
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(edition.resolve(name), text);
  }

  /** A file of {@code size} bytes that takes no room on disk (and would read as zeros). */
  private static Path sparse(Path file, long size) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
    return file;
  }

  private static Diagnostic onlyError(Report report) {
    List<Diagnostic> errors = report.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), report.toString());
    assertFalse(report.toString().contains(SECRET));
    return errors.get(0);
  }

  private static Diagnostic findingOn(Report report, Path file) {
    assertFalse(report.toString().contains(SECRET));
    return report.diagnostics().stream().filter(d -> d.file().equals(file.toAbsolutePath().normalize()))
        .filter(d -> !d.message().startsWith("no schema applies")).findFirst()
        .orElseThrow(() -> new AssertionError("no finding on " + file + " in " + report));
  }
}
