package dev.rustdist.catalog.check;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A check as a JUnit XML report, which CI systems show as test results: a test case per known
 * dependency, failed by its failures; its warnings are the case's output. The unknown dependencies
 * are counted among the suite's properties.
 */
final class JUnitReport {

  private JUnitReport() {}

  static String of(CheckReport report) {
    String suite = report.format().fileName();
    long failed =
        report.known().stream().filter(dependency -> failures(report, dependency) > 0).count();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "rust-dist-catalog");
      xml.writeAttribute("tests", Integer.toString(report.known().size()));
      xml.writeAttribute("failures", Long.toString(failed));
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", suite);
      xml.writeAttribute("tests", Integer.toString(report.known().size()));
      xml.writeAttribute("failures", Long.toString(failed));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      xml.writeStartElement("properties");
      property(xml, "verdict", report.verdict().code());
      property(xml, "dependencies", Integer.toString(report.dependencies()));
      property(xml, "unknown", Integer.toString(report.unknown().count()));
      xml.writeEndElement();
      for (CheckReport.KnownDependency dependency : report.known()) {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", suite);
        xml.writeAttribute(
            "name",
            dependency.dependency()
                + (dependency.versions().isEmpty()
                    ? ""
                    : " " + String.join(", ", dependency.versions()))
                + " ("
                + dependency.crate()
                + ")");
        List<CheckReport.Reason> reasons = reasonsOf(report, dependency);
        for (CheckReport.Reason reason : reasons) {
          if (reason.verdict() == Verdict.FAIL) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", reason.rule());
            xml.writeAttribute("message", reason.message());
            xml.writeCharacters(reason.message());
            xml.writeEndElement();
          }
        }
        List<String> warnings =
            reasons.stream()
                .filter(reason -> reason.verdict() == Verdict.WARN)
                .map(reason -> "warning (" + reason.rule() + "): " + reason.message())
                .toList();
        if (!warnings.isEmpty()) {
          xml.writeStartElement("system-out");
          xml.writeCharacters(String.join("\n", warnings));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("a JUnit report could not be written", e);
    }
    return text.toString();
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", value);
  }

  private static List<CheckReport.Reason> reasonsOf(
      CheckReport report, CheckReport.KnownDependency dependency) {
    return report.reasons().stream()
        .filter(
            reason ->
                reason.dependency().equals(dependency.dependency())
                    && reason.crate().equals(dependency.crate()))
        .toList();
  }

  private static long failures(CheckReport report, CheckReport.KnownDependency dependency) {
    return reasonsOf(report, dependency).stream()
        .filter(reason -> reason.verdict() == Verdict.FAIL)
        .count();
  }
}
