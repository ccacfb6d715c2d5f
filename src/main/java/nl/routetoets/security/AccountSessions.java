package nl.routetoets.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The browser sessions of signed-in accounts. Spring Security's concurrency control uses it to keep at
 * most a few sessions per account; a change to an account (disabled, deleted, new role, BRINs or
 * password) ends all its sessions here at once. Ending a session invalidates it in the servlet
 * container as well, so that its memory is freed then and not after its timeout: otherwise one account
 * signing in over and over could fill the container's session limit with sessions that are only marked
 * expired. The container tells this registry about its sessions (Spring Boot registers the listeners).
 */
final class AccountSessions implements SessionRegistry, HttpSessionListener, HttpSessionIdListener {
  /** A registered session that, once expired, is invalidated in the container too. */
  private final class Tracked extends SessionInformation {
    Tracked(Object principal, String sessionId) {
      super(principal, sessionId, new Date());
    }

    @Override
    public void expireNow() {
      super.expireNow();
      HttpSession session = live.get(getSessionId());
      if (session != null) {
        try {
          session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
          // it ended on its own meanwhile
        }
      }
    }
  }

  private final Map<String, Tracked> signedIn = new ConcurrentHashMap<>();
  private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

  /** Ends every session of the account; the next request of each is anonymous. */
  void end(String username) {
    for (Tracked t : List.copyOf(signedIn.values())) {
      if (username.equals(nameOf(t.getPrincipal()))) {
        t.expireNow();
      }
    }
  }

  @EventListener
  void accountChanged(Accounts.Changed changed) {
    end(changed.username());
  }

  private static String nameOf(Object principal) {
    return principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
  }

  @Override
  public List<Object> getAllPrincipals() {
    return new ArrayList<>(signedIn.values().stream().map(SessionInformation::getPrincipal).distinct().toList());
  }

  @Override
  public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
    String name = nameOf(principal);
    List<SessionInformation> sessions = new ArrayList<>();
    for (Tracked t : signedIn.values()) {
      if (name.equals(nameOf(t.getPrincipal())) && (includeExpiredSessions || !t.isExpired())) {
        sessions.add(t);
      }
    }
    return sessions;
  }

  @Override
  public SessionInformation getSessionInformation(String sessionId) {
    return signedIn.get(sessionId);
  }

  @Override
  public void refreshLastRequest(String sessionId) {
    Tracked t = signedIn.get(sessionId);
    if (t != null) {
      t.refreshLastRequest();
    }
  }

  @Override
  public void registerNewSession(String sessionId, Object principal) {
    signedIn.put(sessionId, new Tracked(principal, sessionId));
  }

  @Override
  public void removeSessionInformation(String sessionId) {
    signedIn.remove(sessionId);
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    live.put(event.getSession().getId(), event.getSession());
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    String id = event.getSession().getId();
    live.remove(id);
    signedIn.remove(id);
  }

  @Override
  public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
    HttpSession session = event.getSession();
    live.remove(oldSessionId);
    live.put(session.getId(), session);
    Tracked t = signedIn.remove(oldSessionId);
    if (t != null) {
      Tracked moved = new Tracked(t.getPrincipal(), session.getId());
      if (t.isExpired()) {
        moved.expireNow();
      }
      signedIn.put(session.getId(), moved);
    }
  }
}
