package nl.routetoets.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.routetoets.service.RouteToetsApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With a JWT public key configured the API also takes bearer tokens whose subject names an account;
 * claims naming the role and BRINs must agree with it. The key pair is made here; the service gets only
 * the public key, as from an identity provider.
 */
@SpringBootTest(classes = RouteToetsApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:bearer-test;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=a-long-test-password",
    "logging.config=classpath:logback.xml"})
@AutoConfigureMockMvc
class BearerTokenTest {
  private static final KeyPair KEYS = keyPair();
  private static final KeyPair OTHER_KEYS = keyPair();

  @DynamicPropertySource
  static void publicKey(DynamicPropertyRegistry registry) throws Exception {
    Path pem = Files.createTempFile("routetoets-jwt", ".pem");
    pem.toFile().deleteOnExit();
    Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
    registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
  }

  private static KeyPair keyPair() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(KeyPair keys, String subject, Map<String, Object> claims) throws Exception {
    JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().subject(subject).issueTime(new Date())
        .expirationTime(Date.from(Instant.now().plusSeconds(600)));
    claims.forEach(b::claim);
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), b.build());
    jwt.sign(new RSASSASigner(keys.getPrivate()));
    return "Bearer " + jwt.serialize();
  }

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** A token's subject names an account; the accounts exist before the tokens are used. */
  @BeforeEach
  void tokenAccounts() {
    account("citadel@school.example", Role.SCHOOL, "30AU");
    account("other@school.example", Role.SCHOOL, "04XU");
    account("reviewer@dus-i.example", Role.REVIEWER);
    account("x", Role.AUDITOR);
  }

  private void account(String name, Role role, String... brins) {
    if (accounts.all().stream().noneMatch(a -> a.username().equals(name))) {
      accounts.create("test", new Accounts.NewAccount(name, "a-long-test-password", role, List.of(brins)));
    }
  }

  @Test
  void aSchoolTokenSubmitsForItsBrinsAndOtherSchoolsDoNotSeeIt() throws Exception {
    String citadel = token(KEYS, "citadel@school.example", Map.of("routetoets_role", "SCHOOL", "routetoets_brins", List.of("30AU")));
    String other = token(KEYS, "other@school.example", Map.of("routetoets_role", "SCHOOL", "routetoets_brins", List.of("04XU")));
    String reviewer = token(KEYS, "reviewer@dus-i.example", Map.of("routetoets_role", "REVIEWER"));
    mvc.perform(get("/api/v1/me").header("Authorization", citadel))
        .andExpect(status().isOk()).andExpect(jsonPath("$.role").value("SCHOOL")).andExpect(jsonPath("$.brins[0]").value("30AU"));
    mvc.perform(post("/api/v1/applications").header("Authorization", citadel).contentType(MediaType.APPLICATION_JSON)
            .content(Files.readString(Path.of("demo/aanvraag-2016-vmr2-zorg-en-welzijn.json"))))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/v1/applications/APP-2016-0187").header("Authorization", other)).andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/applications/APP-2016-0187/decisions").header("Authorization", citadel)
            .contentType(MediaType.APPLICATION_JSON).content("{\"routeId\":\"R1\",\"outcome\":\"APPROVED\",\"motivation\":\"ok\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/applications/APP-2016-0187/decisions").header("Authorization", reviewer)
            .contentType(MediaType.APPLICATION_JSON).content("{\"routeId\":\"R1\",\"outcome\":\"APPROVED\",\"motivation\":\"ok\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.decidedBy").value("reviewer@dus-i.example"));
  }

  @Test
  void aTokenIsCheckedAgainstItsAccountOnEveryRequest() throws Exception {
    account("leaver@dus-i.example", Role.REVIEWER);
    String leaver = token(KEYS, "leaver@dus-i.example", Map.of("routetoets_role", "REVIEWER"));
    mvc.perform(get("/api/v1/me").header("Authorization", leaver)).andExpect(status().isOk());
    accounts.setEnabled("test", "leaver@dus-i.example", false);
    mvc.perform(get("/api/v1/me").header("Authorization", leaver)).andExpect(status().isUnauthorized());

    // the role and BRINs are the account's; claims that say otherwise are refused
    account("mover@school.example", Role.SCHOOL, "30AU");
    String bare = token(KEYS, "mover@school.example", Map.of());
    String claims = token(KEYS, "mover@school.example", Map.of("routetoets_role", "SCHOOL", "routetoets_brins", List.of("30AU")));
    mvc.perform(get("/api/v1/me").header("Authorization", bare)).andExpect(status().isOk()).andExpect(jsonPath("$.brins[0]").value("30AU"));
    mvc.perform(get("/api/v1/me").header("Authorization", claims)).andExpect(status().isOk());
    jdbc.sql("update account_brin set brin = '04XU' where account_id = (select id from account where username = 'mover@school.example')")
        .update();
    mvc.perform(get("/api/v1/me").header("Authorization", bare)).andExpect(status().isOk()).andExpect(jsonPath("$.brins[0]").value("04XU"));
    mvc.perform(get("/api/v1/me").header("Authorization", claims)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/me").header("Authorization", token(KEYS, "nobody@school.example", Map.of("routetoets_role", "ADMIN"))))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aTokenWithoutAUsableRoleOrFromAnotherKeyIsRefused() throws Exception {
    for (String bad : List.of(
        token(KEYS, "x", Map.of("routetoets_role", "JANITOR")),
        token(KEYS, "x", Map.of("routetoets_role", "SCHOOL")),
        token(KEYS, "x", Map.of("routetoets_role", "AUDITOR", "routetoets_brins", "30AU")),
        token(OTHER_KEYS, "x", Map.of("routetoets_role", "ADMIN")),
        "Bearer not-a-token")) {
      mvc.perform(get("/api/v1/me").header("Authorization", bad))
          .andExpect(status().isUnauthorized())
          .andExpect(jsonPath("$.status").value(401));
    }
  }

  @Test
  void accountsStillSignInWithBasic() throws Exception {
    mvc.perform(get("/api/v1/me").with(httpBasic("admin", "a-long-test-password")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.role").value("ADMIN"));
  }
}
