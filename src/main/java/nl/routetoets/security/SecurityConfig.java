package nl.routetoets.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: API calls that carry their credentials, and everything else. API clients send credentials on
 * every request (HTTP Basic, or a bearer token when a JWT decoder is configured), need no CSRF token (a browser
 * cannot add an Authorization header to a cross-site request) and get no session. Browsers sign in with the login
 * form and get a session cookie; their state-changing requests need the CSRF token.
 *
 * <p>Only signing in creates a session: nothing a visitor does before (the start page, the login
 * form, a page that asks to sign in, the language switch, an error) keeps state on the server. The
 * login form's CSRF token and the page to return to after signing in live in cookies instead, and the
 * language in its own cookie. Sessions are bounded: per account, over all accounts, in idle time and
 * in age; and a change to an account ends its sessions.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties({SecurityConfig.AdminProperties.class, SecurityConfig.TokenProperties.class,
    SecurityConfig.SessionProperties.class, SecurityConfig.SignInProperties.class})
public class SecurityConfig {
  private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

  /** The first admin: {@code ROUTETOETS_ADMIN_USER} / {@code ROUTETOETS_ADMIN_PASSWORD}. */
  @ConfigurationProperties("routetoets.admin")
  public record AdminProperties(String user, String password) {}

  /** Which claims of a bearer token name the role and the BRIN list (optional; they must agree with the account). */
  @ConfigurationProperties("routetoets.security.token")
  public record TokenProperties(@DefaultValue("routetoets_role") String roleClaim, @DefaultValue("routetoets_brins") String brinClaim) {}

  /**
   * Browser sessions: at most {@code perAccount} per account (signing in once more ends the least
   * recently used), at most {@code max} in all, none older than {@code maxAge}. The idle timeout is
   * Spring's {@code server.servlet.session.timeout}.
   */
  @ConfigurationProperties("routetoets.sessions")
  public record SessionProperties(@DefaultValue("3") int perAccount, @DefaultValue("10000") int max, @DefaultValue("12h") Duration maxAge) {}

  /**
   * Sign-in throttling ({@link SignInThrottle}): failures allowed per window per address, per account
   * and address, and per account (which refuses only addresses that failed for it); {@code tracked}
   * entries at most per counter. And the password hashes run at once ({@code concurrentHashes}, 0:
   * half the processors), how many more may wait ({@code queue}) and for how long ({@code maxWait}).
   */
  @ConfigurationProperties("routetoets.sign-in")
  public record SignInProperties(
      @DefaultValue("15m") Duration window, @DefaultValue("30") int perAddress, @DefaultValue("5") int perAccountAndAddress,
      @DefaultValue("20") int perAccount, @DefaultValue("20000") int tracked, @DefaultValue("0") int concurrentHashes,
      @DefaultValue("32") int queue, @DefaultValue("2s") Duration maxWait) {

    int hashes() {
      return concurrentHashes > 0 ? concurrentHashes : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
  }

  /**
   * No observation per security filter, authentication and authorization: nothing reads them (the service exposes no
   * metrics), and under load they cost about a tenth of a check request's CPU (docs/performance.md, issue 14).
   */
  @Bean
  SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt today, with the algorithm id stored in the hash so a later switch (argon2) keeps old hashes valid
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * Accounts' passwords: throttled and bounded ({@link SignInGuard}) before bcrypt, each verified at
   * most once per {@link VerifiedPasswords#TTL} per client while the account stays as it was.
   */
  @Bean
  VerifiedPasswords passwordSignIn(Accounts accounts, PasswordEncoder encoder, Clock clock, SignInProperties signIn) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
    dao.setPasswordEncoder(encoder);
    // Spring checks "disabled" before the password, so a wrong password for a disabled account said "User is disabled".
    // The password first: a disabled account then answers exactly as a wrong password does, unless the password is right.
    dao.setPreAuthenticationChecks(user -> {});
    dao.setPostAuthenticationChecks(user -> {
      if (!user.isEnabled()) {
        throw new DisabledException("Bad credentials");
      }
    });
    SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Limits(signIn.window(), signIn.perAddress(),
        signIn.perAccountAndAddress(), signIn.perAccount(), signIn.tracked()), clock);
    SignInGuard guard = new SignInGuard(dao, throttle, new SignInGuard.Capacity(signIn.hashes(), signIn.queue(), signIn.maxWait()));
    return new VerifiedPasswords(guard, clock, a -> !(a.getPrincipal() instanceof AccountUser user) || accounts.unchanged(user));
  }

  /** Spring Boot registers it with the container as a session listener too. */
  @Bean
  AccountSessions accountSessions() {
    return new AccountSessions();
  }

  @Bean
  TomcatContextCustomizer sessionLimit(SessionProperties sessions) {
    return SessionCapacity.limit(sessions.max());
  }

  /** Outside Spring Security's filters, which is where the session of a sign-in is made. */
  @Bean
  FilterRegistrationBean<SessionCapacity> sessionCapacity() {
    FilterRegistrationBean<SessionCapacity> registration = new FilterRegistrationBean<>(new SessionCapacity());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * Every cookie without a SameSite attribute gets Lax: the session, the login form's CSRF token, the
   * page to return to, the language. Lax, not Strict: a link to an application page in an e-mail must
   * open it signed in; what changes state is a POST, which Lax does not send cross-site (and which needs
   * the CSRF token besides).
   */
  @Bean
  CookieSameSiteSupplier sameSiteLax() {
    return CookieSameSiteSupplier.ofLax();
  }

  /**
   * API calls that carry their credentials (HTTP Basic, or a bearer token): no session, no CSRF token, nothing kept for
   * the next request. Ahead of {@link #filterChain}, whose session management would otherwise make a session for every
   * such call (and spend a tenth of the call on it, docs/performance.md, issue 14).
   */
  @Bean
  @Order(1)
  SecurityFilterChain apiClients(HttpSecurity http, BearerTokens tokens, JsonMapper json) throws Exception {
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    ProblemResponses problems = new ProblemResponses(json, tokens.accepted());
    http.securityMatcher(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null && api.matches(request))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(problems))
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(r -> r.requestCache(new NullRequestCache()))
        .headers(SecurityConfig::headers)
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    acceptBearerTokens(http, tokens, problems);
    return http.build();
  }

  private static void headers(HeadersConfigurer<HttpSecurity> h) {
    h.addHeaderWriter(new ContentSecurityPolicies())
        // URLs hold application ids and BRINs: other sites learn nothing of where their visitors come from
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(p -> p.policy("accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()"));
  }

  /**
   * The bearer tokens the service takes, once a JWT key source is configured (else none): one memory of verified tokens
   * and one mapping of their claims, shared by both filter chains.
   */
  record BearerTokens(VerifiedTokens decoder, TokenClaims claims) {
    boolean accepted() {
      return decoder != null;
    }
  }

  @Bean
  BearerTokens bearerTokens(ObjectProvider<JwtDecoder> jwtDecoder, TokenProperties token, Accounts accounts, Clock clock) {
    JwtDecoder decoder = jwtDecoder.getIfAvailable();
    return decoder == null ? new BearerTokens(null, null)
        : new BearerTokens(new VerifiedTokens(decoder, clock), new TokenClaims(accounts, token.roleClaim(), token.brinClaim()));
  }

  private static void acceptBearerTokens(HttpSecurity http, BearerTokens tokens, ProblemResponses problems) throws Exception {
    if (tokens.accepted()) {
      http.oauth2ResourceServer(o -> o
          .jwt(j -> j.decoder(tokens.decoder()).jwtAuthenticationConverter(tokens.claims()))
          .authenticationEntryPoint(problems)
          .accessDeniedHandler(problems));
    }
  }


  @Bean
  @Order(2)
  SecurityFilterChain filterChain(HttpSecurity http, BearerTokens tokens, JsonMapper json, Accounts accounts, AccountSessions sessions,
      SessionProperties sessionLimits) throws Exception {
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    ProblemResponses problems = new ProblemResponses(json, tokens.accepted());
    // the page to return to after signing in, in a cookie: only pages, never an API call
    CookieRequestCache pages = new CookieRequestCache();
    pages.setRequestMatcher(new AndRequestMatcher(
        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"), new NegatedRequestMatcher(api)));
    LoginForm loginForm = new LoginForm(pages);
    // "/login", not http://<Host header>/login: a forged Host never ends up in a Location header
    LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
    loginPage.setFavorRelativeUris(true);
    // a browser, which asks for HTML, goes to the login form; any other client gets the 401
    MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
    browser.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    SessionInformationExpiredStrategy expired = event -> {
      if (api.matches(event.getRequest())) {
        problems.commence(event.getRequest(), event.getResponse(), new InsufficientAuthenticationException("session ended"));
      } else {
        event.getResponse().sendRedirect(event.getRequest().getContextPath() + "/login");
      }
    };
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/login", "/error").permitAll()
            // the start page shows the login form to a visitor; the pages' style sheet and script are public
            .requestMatchers("/", "/css/**", "/js/**", "/favicon.ico").permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/schema/v1/**").permitAll()
            .anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(problems))
        .requestCache(r -> r.requestCache(pages))
        .formLogin(f -> f.loginPage("/login").successHandler(loginForm).failureHandler(loginForm))
        .logout(l -> l.logoutSuccessUrl("/?logout"))
        .csrf(c -> c.csrfTokenRepository(new SessionOrCookieCsrfTokens()).ignoringRequestMatchers(
            request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null,
            // an API call without a session cookie carries no ambient credentials to abuse: let it reach the 401
            request -> api.matches(request) && request.getSession(false) == null))
        .sessionManagement(s -> s
            .sessionFixation(f -> f.changeSessionId())
            .maximumSessions(sessionLimits.perAccount())
            .sessionRegistry(sessions)
            .expiredSessionStrategy(expired))
        .headers(SecurityConfig::headers)
        .exceptionHandling(e -> e
            .defaultAuthenticationEntryPointFor(problems, api)
            .defaultAuthenticationEntryPointFor(loginPage, browser)
            .defaultAuthenticationEntryPointFor(problems, AnyRequestMatcher.INSTANCE)
            .defaultAccessDeniedHandlerFor(problems, api))
        .addFilterBefore(new SessionAccountCheck(accounts, sessionLimits.maxAge()), AnonymousAuthenticationFilter.class);
    acceptBearerTokens(http, tokens, problems);
    return http.build();
  }

  @Bean
  ApplicationRunner firstAdmin(Accounts accounts, AdminProperties admin) {
    return args -> {
      if (admin.user() == null || admin.user().isBlank()) {
        log.warn("no first admin configured (ROUTETOETS_ADMIN_USER / ROUTETOETS_ADMIN_PASSWORD)");
        return;
      }
      try {
        if (accounts.ensureAdmin(admin.user(), admin.password())) {
          log.info("created the first admin account \"{}\"", admin.user());
        }
      } catch (Refused e) {
        // say which setting is wrong and how, rather than only that the account could not be made
        throw new IllegalStateException("the first admin (ROUTETOETS_ADMIN_USER / ROUTETOETS_ADMIN_PASSWORD) cannot be created: "
            + e.errors().stream().map(err -> err.path() + ": " + err.problem()).collect(java.util.stream.Collectors.joining("; ")), e);
      }
    };
  }
}
