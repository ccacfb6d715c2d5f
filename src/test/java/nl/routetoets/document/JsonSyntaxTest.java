package nl.routetoets.document;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.core.StreamReadFeature;
import org.junit.jupiter.api.Test;

class JsonSyntaxTest {
  @Test
  void theScanReadsAsStrictlyAsTheMapper() {
    for (StreamReadFeature f : StreamReadFeature.values()) {
      assertThat(JsonSyntax.FACTORY.isEnabled(f)).as(f.name()).isEqualTo(Json.MAPPER.isEnabled(f));
    }
    assertThat(JsonSyntax.FACTORY.streamReadConstraints().getMaxNestingDepth())
        .isEqualTo(Json.MAPPER.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth());
  }

  @Test
  void aWholeDocumentHasNoSyntaxProblemAndABrokenOneHasItsPlace() {
    assertThat(JsonSyntax.problem("{\"type\": \"trajectory\", \"id\": \"S-1\"}")).isEmpty();
    assertThat(JsonSyntax.problem("{\"type\": \"trajectory\", \"id\": ").orElseThrow().getLocation().getColumnNr()).isEqualTo(30);
  }

  @Test
  void whatIsNoDocumentButValidJsonIsLeftToTheReaderToWord() {
    assertThat(JsonSyntax.problem("")).isEmpty();
    assertThat(JsonSyntax.problem("[1, 2]")).isEmpty();
    assertThat(JsonSyntax.problem("{} {}")).isEmpty();
    assertThat(JsonSyntax.problem("{} }")).isPresent();
  }
}
