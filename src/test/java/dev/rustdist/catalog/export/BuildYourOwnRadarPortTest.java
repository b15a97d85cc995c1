package dev.rustdist.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The port behaves as BYOR's own specs say BYOR does, so that it can judge our exports. */
class BuildYourOwnRadarPortTest {

  @Test
  void shouldKeepOnlyTheDescriptionTagsBuildYourOwnRadarAllows() {
    Map<String, String> blip =
        BuildYourOwnRadarPort.sanitize(
            Map.of(
                " name ", " tokio <em>runtime</em> ",
                "ring", "<b>Adopt</b>",
                "quadrant", "<strong>Languages &amp; Frameworks</strong>",
                "isNew", "FALSE<br>",
                "description",
                    "<p>Fast</p> <script>steal()</script>and <div class=\"x\">safe</div>"
                        + " <a href=\"https://tokio.rs\" onclick=\"x()\">site</a> 1 &lt; 2"));
    assertEquals("tokio runtime", blip.get("name"));
    assertEquals("Adopt", blip.get("ring"));
    assertEquals("Languages & Frameworks", blip.get("quadrant"));
    assertEquals("FALSE", blip.get("isNew"));
    assertEquals(
        "<p>Fast</p> and safe <a href=\"https://tokio.rs\">site</a> 1 &lt; 2",
        blip.get("description"));
  }

  @Test
  void shouldMatchQuadrantsWhateverTheirCaseAndAmpersand() {
    List<String> quadrants = BuildYourOwnRadarPort.DEFAULT_QUADRANTS;
    for (String given :
        List.of("Languages & Frameworks", "languages and frameworks", "LANGUAGES-AND-FRAMEWORKS")) {
      assertEquals(
          Optional.of("Languages & Frameworks"),
          BuildYourOwnRadarPort.configuredName(quadrants, given));
    }
    assertEquals(
        Optional.empty(),
        BuildYourOwnRadarPort.configuredName(quadrants, "Actor Frameworks / Message Queues"));
  }

  @Test
  void shouldDropBlipsOutsideTheConfiguredQuadrantsAndRefuseMissingColumns() {
    List<String> columns = List.of("name", "ring", "quadrant", "isNew", "description");
    List<Map<String, String>> rows =
        List.of(
            Map.of(
                "name",
                "a",
                "ring",
                "adopt",
                "quadrant",
                "Tools",
                "isNew",
                "TRUE",
                "description",
                ""),
            Map.of(
                "name",
                "b",
                "ring",
                "Adopt",
                "quadrant",
                "Actor Frameworks",
                "isNew",
                "FALSE",
                "description",
                ""),
            Map.of(
                "name",
                "c",
                "ring",
                "Later",
                "quadrant",
                "Tools",
                "isNew",
                "FALSE",
                "description",
                ""));
    List<BuildYourOwnRadarPort.Blip> blips = BuildYourOwnRadarPort.plot(columns, rows);
    assertEquals(List.of(new BuildYourOwnRadarPort.Blip("a", "Adopt", "Tools", true, "")), blips);
    assertThrows(
        BuildYourOwnRadarPort.MalformedData.class,
        () -> BuildYourOwnRadarPort.plot(List.of("name", "ring", "quadrant", "description"), rows));
  }
}
