package nl.routetoets.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

public class SpreadCreatorsTest {
  public record Band(String kind, int min, Integer max) {}

  public record Picky(String code) {
    public Picky {
      if (code.isEmpty()) {
        throw new IllegalArgumentException("empty code");
      }
    }
  }

  private static final JsonMapper PLAIN = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
  private static final JsonMapper SPREAD = PLAIN.rebuild().addModule(new SpreadCreators()).build();

  @Test
  void buildsTheSameRecords() {
    for (String json : new String[] {"{\"kind\":\"VMR2\",\"min\":2,\"max\":3}", "{\"kind\":null,\"min\":0}"}) {
      assertEquals(PLAIN.readValue(json, Band.class), SPREAD.readValue(json, Band.class), json);
    }
  }

  @Test
  void failsWithTheSameMessage() {
    for (String json : new String[] {"{\"code\":\"\"}", "{\"min\":null}", "{}"}) {
      Class<?> type = json.contains("code") ? Picky.class : Band.class;
      JacksonException plain = assertThrows(JacksonException.class, () -> PLAIN.readValue(json, type));
      JacksonException spread = assertThrows(JacksonException.class, () -> SPREAD.readValue(json, type));
      assertEquals(plain.getMessage(), spread.getMessage(), json);
    }
  }
}
