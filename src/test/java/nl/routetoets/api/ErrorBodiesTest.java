package nl.routetoets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad values of every kind get an answer that names the field, never a Java type and never a 5xx, in the API and on the pages. */
class ErrorBodiesTest extends ApiTest {
  @BeforeEach
  void accounts() throws Exception {
    account("err-reviewer", "REVIEWER");
    account("err-school", "SCHOOL", "30AU");
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Test
  void noErrorNamesAJavaType() throws Exception {
    List<MockHttpServletRequestBuilder> requests = List.of(
        json(post("/api/v1/applications/APP-X/decisions").with(as("err-reviewer")), "{\"routeId\":\"R1\",\"outcome\":\"BOGUS\",\"motivation\":\"m\"}"),
        json(post("/api/v1/applications/APP-X/decisions").with(as("err-reviewer")), "{\"routeId\":\"R1\",\"outcome\":7,\"overrules\":\"no\"}"),
        json(post("/api/v1/applications/APP-X/decisions").with(as("err-reviewer")), "{\"routeId\":[1],\"outcome\":\"APPROVED\"}"),
        json(post("/api/v1/applications/APP-X/decisions").with(as("err-reviewer")), "[1,2]"),
        json(post("/api/v1/accounts").with(as("admin")), "{\"username\":\"err-x\",\"password\":\"a-long-test-password\",\"role\":\"JANITOR\"}"),
        json(post("/api/v1/accounts").with(as("admin")), "{\"username\":{\"a\":1},\"role\":\"SCHOOL\",\"brins\":\"30AU\"}"),
        json(put("/api/v1/accounts/err-school").with(as("admin")), "{\"role\":\"KING\",\"brins\":[]}"),
        json(post("/api/v1/checks").param("asOf", "tomorrow").with(as("err-school")), "{}"),
        get("/api/v1/audit").param("limit", "many").with(as("admin")),
        get("/api/v1/applications/APP-X/versions/first").with(as("err-reviewer")),
        get("/api/v1/applications").param("verdict", "BOGUS").param("status", "NONE").with(as("err-reviewer")),
        get("/applications/APP-X/versions/first/document").with(as("err-reviewer")),
        get("/review").param("verdict", "BOGUS").param("status", "X").param("startSchoolYear", "x").with(as("err-reviewer")),
        post("/review/applications/APP-X/decisions").param("routeId", "R1").param("outcome", "BOGUS").param("motivation", "m")
            .with(as("err-reviewer")).with(csrf()),
        get("/reports/x/outputs/..%2F..%2Fetc").with(as("err-reviewer")),
        get("/norms/%00").with(as("err-reviewer")));
    List<String> leaks = new java.util.ArrayList<>();
    for (MockHttpServletRequestBuilder request : requests) {
      MvcResult result = mvc.perform(request).andReturn();
      String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
      String what = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " -> " + result.getResponse().getStatus() + " " + body;
      // a page may show the errors beside its fields with a 200; nothing answers 5xx
      if (result.getResponse().getStatus() >= 500 || java.util.stream.Stream.of("nl.routetoets.", "java.", "tools.jackson", "Exception", "$").anyMatch(body::contains)) {
        leaks.add(what);
      }
    }
    assertThat(leaks).isEmpty();
  }
}
