import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;

/**
 * Counts veraPDF's PDF/UA-1 findings in each PDF named: failed checks in all, then per rule
 * (clause-test), so that two builds of one book can be set side by side (bench/pdfua.sh).
 */
public class PdfUaFindings {
  public static void main(String[] args) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    for (String name : args) {
      Map<String, Integer> byRule = new TreeMap<>();
      int failed = 0;
      try (PDFAParser parser = Foundries.defaultInstance().createParser(new File(name), PDFAFlavour.PDFUA_1);
          // every failed check counted: no cap on failures, none on those reported per rule
          PDFAValidator validator = ValidatorFactory.createValidator(PDFAFlavour.PDFUA_1, false, -1, -1, false, false)) {
        ValidationResult result = validator.validate(parser);
        for (TestAssertion a : result.getTestAssertions()) {
          if (a.getStatus() == TestAssertion.Status.FAILED) {
            failed++;
            byRule.merge(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(), 1, Integer::sum);
          }
        }
      }
      System.out.println(name + "\t" + failed + "\t" + byRule);
    }
  }
}
