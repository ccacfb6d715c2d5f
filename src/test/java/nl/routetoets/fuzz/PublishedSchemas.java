package nl.routetoets.fuzz;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The published schemas of src/main/resources/schema, resolved from the class path, never from the network. */
public final class PublishedSchemas {
  private static final String BASE = "https://routetoets.nl/schema/v1/";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemas(id -> id.startsWith(BASE) ? resource(id.substring(BASE.length())) : null));

  private PublishedSchemas() {}

  public static Schema get(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + name));
  }

  private static String resource(String name) {
    try (InputStream in = PublishedSchemas.class.getResourceAsStream("/schema/" + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
