package org.teikit.publish.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.cli.CliRun;

/** A document's IIIF Presentation 3 manifest: the structure the specification requires, and what it points to exists. */
class IiifManifestTest {
  private static final Processor SAXON = new Processor(false);

  @TempDir
  Path dir;

  @Test
  void theManifestHasPresentation3sRequiredStructure() throws Exception {
    Typescript.write(dir.resolve("edition"), 2);
    Path site = dir.resolve("html");
    CliRun run = CliRun.of("html", dir.resolve("edition").toString(), "-o", site.toString(),
        "--base-url", "https://example.org/telegrams/");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String json = Files.readString(site.resolve("doc/telegram.manifest.json"));
    String id = "https://example.org/telegrams/doc/telegram.manifest.json";
    assertTrue(holds(json, "?('@context') = 'http://iiif.io/api/presentation/3/context.json'"), json);
    assertTrue(holds(json, "?id = '" + id + "' and ?type = 'Manifest'"), json);
    // a label is a language map: language → array of strings
    assertTrue(holds(json, "?label instance of map(*) and ?label?* instance of array(xs:string)"
        + " and ?label?*?* = 'Telegram in typescript'"), json);
    assertTrue(holds(json, "array:size(?items) = 2"), json);
    // each canvas: id, type, size, label from pb/@n, one annotation page painting one image with its service
    assertTrue(holds(json, "every $c in ?items?* satisfies ($c?type = 'Canvas' and starts-with($c?id, '" + id + "/canvas/')"
        + " and $c?width = 2500 and $c?height = 3500 and $c?label?none?* = ('1', '2')"
        + " and $c?items?*?type = 'AnnotationPage' and array:size($c?items) = 1"
        + " and (every $a in $c?items?*?items?* satisfies ($a?type = 'Annotation' and $a?motivation = 'painting'"
        + "   and $a?target = $c?id and $a?body?type = 'Image' and $a?body?format = 'image/jpeg'"
        + "   and $a?body?service?*?type = 'ImageService3' and $a?body?service?*?profile = 'level0')))"), json);
    assertTrue(holds(json, "?items?*?label?none?* = '1' and ?items?*?label?none?* = '2'"), json);
    // the service and the painted image are files of the site
    String service = (String) value(json, "?items?1?items?1?items?1?body?service?1?id");
    String image = (String) value(json, "?items?1?items?1?items?1?body?id");
    String base = "https://example.org/telegrams/";
    assertTrue(Files.exists(site.resolve(service.substring(base.length())).resolve("info.json")), service);
    assertTrue(Files.exists(site.resolve(image.substring(base.length()))), image);
    assertTrue(Files.readString(site.resolve(service.substring(base.length())).resolve("info.json"))
        .contains("\"id\":\"" + service + "\""));
  }

  @Test
  void aRemoteImageServiceIsShownByTheReadersBrowserNeverFetchedAtBuildTime() throws IOException {
    Path edition = Files.createDirectories(dir.resolve("remote"));
    Files.writeString(edition.resolve("letter.xml"), """
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letter</title></titleStmt>
        <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
        <facsimile><surface xml:id="f1"><graphic url="https://iiif.example.org/iiif/letter-1"/></surface>
        <surface xml:id="f2"><graphic url="https://iiif.example.org/iiif/letter-2/info.json"/></surface></facsimile>
        <text><body><pb n="1r" facs="#f1"/><p>Dear sir,</p><pb n="1v" facs="#f2"/><p>Yours.</p></body></text></TEI>
        """);
    Path site = dir.resolve("html");
    CliRun run = CliRun.of("html", edition.toString(), "-o", site.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.findings().isEmpty() || run.findings().stream().noneMatch(f -> f.contains("image")), run.out());
    String page = Files.readString(site.resolve("doc/letter.html"));
    String data = page.replaceAll("(?s).*<script type=\"application/json\" id=\"tk-facsimile-data\">(.*?)</script>.*", "$1");
    assertTrue(data.contains("\"tiles\":\"https:\\/\\/iiif.example.org\\/iiif\\/letter-1\\/info.json\""), data);
    assertTrue(data.contains("\"tiles\":\"https:\\/\\/iiif.example.org\\/iiif\\/letter-2\\/info.json\""), data);
    assertTrue(data.contains("\"pb\":") && data.contains("\"surface\":\"f2\""), data);
    // nothing was cut, nothing fetched: no image in the site
    assertTrue(Files.notExists(site.resolve("images")));
    // the viewer is there to show them
    assertTrue(Files.exists(site.resolve("assets/openseadragon/openseadragon.min.js")));
  }

  private static boolean holds(String json, String test) throws SaxonApiException {
    return (Boolean) value(json, "let $m := parse-json($json) return $m ! (" + test + ")");
  }

  private static Object value(String json, String expression) throws SaxonApiException {
    var compiler = SAXON.newXPathCompiler();
    compiler.declareVariable(new QName("json"));
    compiler.declareNamespace("array", "http://www.w3.org/2005/xpath-functions/array");
    String query = expression.startsWith("let ") ? expression : "parse-json($json) ! (" + expression + ")";
    XPathSelector selector = compiler.compile(query).load();
    selector.setVariable(new QName("json"), new XdmAtomicValue(json));
    var item = (XdmAtomicValue) selector.evaluateSingle();
    return item.getValue() instanceof Boolean b ? b : item.getStringValue();
  }
}
