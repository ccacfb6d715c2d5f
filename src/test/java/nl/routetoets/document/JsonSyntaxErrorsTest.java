package nl.routetoets.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.routetoets.model.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A JSON text that cannot be read gets one sentence with its line and column, in the words of someone who
 * edits JSON by hand, never the parser's own message; each sentence has its Dutch.
 */
class JsonSyntaxErrorsTest {
  private static InputError error(String json) throws IOException {
    List<SourcedDocument> docs = new ArrayList<>();
    DocumentReader.readJson("f.json", new StringReader(json), docs::add);
    List<SourcedDocument> fromBytes = new ArrayList<>();
    DocumentReader.readJson("f.json", new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        fromBytes::add);
    assertThat(fromBytes).as("read as bytes, whose syntax is scanned before any data binding").isEqualTo(docs);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).errors()).hasSize(1);
    return docs.get(0).errors().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`{\"a\": 1\n  \"b\": 2}` | 2 | 3 | a comma or a closing bracket is missing after the value before '\"'",
      "`{\"a\": 1,}` | 1 | 9 | a comma before the closing '}' is one too many",
      "`{\"a\": [1, 2,]}` | 1 | 13 | a comma before the closing ']' is one too many",
      "`{'a': 1}` | 1 | 2 | a field name in double quotes belongs here, not \"'\"",
      "`{\"a\" 1}` | 1 | 6 | a colon belongs between the field name and its value, not '1'",
      "`{\"a\": }` | 1 | 7 | a value belongs here (text in double quotes, a number, true, false, null, an object or a list), not '}'",
      "`{\"a\": ja}` | 1 | 7 | 'ja' is not a value: put text in double quotes, or write true, false or null",
      "`{\"a\":\n` | 2 | 1 | the text ends before the document does: a closing bracket is missing",
      "`{\"a\": \"abc` | 1 | 11 | the text ends inside a value in double quotes: its closing quote is missing",
      "`{\"a\": 007}` | 1 | 8 | a number is not written as JSON writes numbers (no leading zeros; a digit after a minus sign, a point or an e)",
      "`{\"a\": 1]` | 1 | 8 | ']' does not close what is open here",
      "`// notitie\n{}` | 1 | 1 | JSON has no comments; remove the text from '/' on",
      "`{\"a\": 1, \"a\": 2}` | 1 | 13 | field \"a\" appears twice in the same object",
      "`{\"a\": 1} {\"b\": 2}` | 1 | 10 | there is more after the end of the document: a file holds one document (a bundle holds several,"
          + " and JSON Lines one per line)"})
  void aFaultInTheTextIsOneSentenceWithItsLineAndColumn(String json, int line, int column, String words) throws IOException {
    InputError e = error(json);
    assertThat(e.problem()).isEqualTo("not valid JSON at line " + line + ", column " + column + ": " + words);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.path()).isEmpty();
    // nothing of the parser: no token names, no character codes, no Java
    assertThat(e.problem()).doesNotContain("code ", "Unexpected", "token", "Object entries", "Feature", "JsonToken", "tools.jackson");
    assertThat(JsonReadErrors.dutch(e.problem())).startsWith("geen geldige JSON op regel " + line + ", kolom " + column + ": ");
  }

  @Test
  void inAStreamTheLineIsTheStreamsLineAndTheOtherLinesAreStillRead() {
    Iterator<SourcedDocument> docs = DocumentReader.readJsonLines("s.jsonl", new StringReader("{\"type\": \"x\"}\n\n{\"id\": 1,, }\n"));
    docs.next();
    InputError e = docs.next().errors().get(0);
    assertThat(e.toString()).isEqualTo("s.jsonl:3: not valid JSON at line 3, column 10: a field name in double quotes belongs here, not ','");
    assertThat(docs.hasNext()).isFalse();
  }

  @Test
  void theDutchSaysTheSameWithTheSameLineColumnAndCharacter() throws IOException {
    assertThat(JsonReadErrors.dutch(error("{\"a\": 1\n  \"b\": 2}").problem()))
        .isEqualTo("geen geldige JSON op regel 2, kolom 3: na de waarde ontbreekt een komma of een sluitend haakje, vóór '\"'");
    assertThat(JsonReadErrors.dutch(error("{\"a\": ja}").problem()))
        .isEqualTo("geen geldige JSON op regel 1, kolom 7: 'ja' is geen waarde: zet tekst tussen dubbele aanhalingstekens, of schrijf true,"
            + " false of null");
  }

  @ParameterizedTest
  @EnumSource(JsonReadErrors.Syntax.class)
  void everySentenceHasItsDutch(JsonReadErrors.Syntax kind) {
    String english = "not valid JSON at line 4, column 2: " + kind.en.replace("{0}", "'x'");
    String dutch = JsonReadErrors.dutch(english);
    assertThat(dutch).isEqualTo("geen geldige JSON op regel 4, kolom 2: " + kind.nl.replace("{0}", "'x'"));
  }

  @Test
  void theMostCommonFaultsOfAValueHaveTheirDutchAndOtherProblemsStayAsTheyAre() throws IOException {
    InputError unknown = error("{\"type\": \"trajectory\", \"kleur\": \"rood\"}");
    assertThat(unknown.problem()).isEqualTo("unknown field \"kleur\"");
    assertThat(JsonReadErrors.dutch(unknown.problem())).isEqualTo("onbekend veld \"kleur\"");
    assertThat(JsonReadErrors.dutch(error("{\"id\": \"X\"}").problem()))
        .isEqualTo("\"type\" ontbreekt: verwacht \"application\", \"trajectory\", \"route\" of \"bundle\"");
    assertThat(JsonReadErrors.dutch("route year 0 is not 1 or more")).isNull();
    assertThat(JsonReadErrors.dutch(null)).isNull();
  }
}
