package nl.routetoets.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code routetoets.api.max-request-size}: the largest request body accepted (413 beyond it). */
@ConfigurationProperties("routetoets.api")
public record ApiProperties(@DefaultValue("4MB") DataSize maxRequestSize) {}
