package nl.routetoets.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * One filter chain for API clients and browsers. API clients send credentials on every request
 * (HTTP Basic, or a bearer token when a JWT decoder is configured) and need no CSRF token: a browser
 * cannot add an Authorization header to a cross-site request. Browsers sign in with the login form
 * and get a session cookie; their state-changing requests need the CSRF token.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties({SecurityConfig.AdminProperties.class, SecurityConfig.TokenProperties.class})
public class SecurityConfig {
  private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

  /** The first admin: {@code ROUTETOETS_ADMIN_USER} / {@code ROUTETOETS_ADMIN_PASSWORD}. */
  @ConfigurationProperties("routetoets.admin")
  public record AdminProperties(String user, String password) {}

  /** Which claims of a bearer token name the role and the BRIN list. */
  @ConfigurationProperties("routetoets.security.token")
  public record TokenProperties(@DefaultValue("routetoets_role") String roleClaim, @DefaultValue("routetoets_brins") String brinClaim) {}

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt today, with the algorithm id stored in the hash so a later switch (argon2) keeps old hashes valid
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** Accounts' passwords, each verified with bcrypt at most once per {@link VerifiedPasswords#TTL} per client. */
  @Bean
  VerifiedPasswords passwordSignIn(Accounts accounts, PasswordEncoder encoder, Clock clock) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
    dao.setPasswordEncoder(encoder);
    return new VerifiedPasswords(dao, clock);
  }

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, TokenProperties token, JsonMapper json)
      throws Exception {
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    ProblemResponses problems = new ProblemResponses(json, jwtDecoder.getIfAvailable() != null);
    // only pages are remembered for after the login form; an API call must not open a session
    HttpSessionRequestCache pages = new HttpSessionRequestCache();
    pages.setRequestMatcher(new NegatedRequestMatcher(api));
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/login", "/error").permitAll()
            // the start page shows the login form to a visitor; the pages' style sheet is public
            .requestMatchers("/", "/css/**", "/favicon.ico").permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/schema/v1/**").permitAll()
            .anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(problems))
        .requestCache(r -> r.requestCache(pages))
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/"))
        .logout(l -> l.logoutSuccessUrl("/?logout"))
        .csrf(c -> c.ignoringRequestMatchers(
            request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null,
            // an API call without a session cookie carries no ambient credentials to abuse: let it reach the 401
            request -> api.matches(request) && request.getSession(false) == null))
        .exceptionHandling(e -> e
            .defaultAuthenticationEntryPointFor(problems, api)
            .defaultAccessDeniedHandlerFor(problems, api));
    JwtDecoder decoder = jwtDecoder.getIfAvailable();
    if (decoder != null) {
      TokenClaims claims = new TokenClaims(token.roleClaim(), token.brinClaim());
      http.oauth2ResourceServer(o -> o
          .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(claims))
          .authenticationEntryPoint(problems)
          .accessDeniedHandler(problems));
    }
    return http.build();
  }

  @Bean
  ApplicationRunner firstAdmin(Accounts accounts, AdminProperties admin) {
    return args -> {
      if (admin.user() == null || admin.user().isBlank()) {
        log.warn("no first admin configured (ROUTETOETS_ADMIN_USER / ROUTETOETS_ADMIN_PASSWORD)");
        return;
      }
      if (accounts.ensureAdmin(admin.user(), admin.password())) {
        log.info("created the first admin account \"{}\"", admin.user());
      }
    };
  }
}
