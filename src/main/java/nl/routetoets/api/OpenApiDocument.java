package nl.routetoets.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The OpenAPI document: generated from the controllers, with the published JSON Schemas of the
 * formats 1.1 (served at {@code /schema/v1/}) as the bodies of the endpoints that take or give documents,
 * since those bodies are read by the project's own strict reader rather than bound by Spring.
 */
@Configuration
class OpenApiDocument implements WebMvcConfigurer {
  static final String SCHEMAS = "/schema/v1/";
  /**
   * The endpoints that take a route document under the law (formats.md §5) as their body, as
   * {@code /api/v1/applications} takes an application. {@code /api/v1/checks} needs no entry:
   * document.schema.json takes route documents.
   */
  static final List<String> ROUTE_DOCUMENT_BODIES = List.of("/api/v1/routes", "/api/v1/routes/{id}/versions");

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler(SCHEMAS + "**").addResourceLocations("classpath:/schema/");
  }

  @Bean
  OpenApiCustomizer formatsAndSignIn() {
    return api -> {
      api.info(new Info().title("RouteToets API").version("v1")
          .description("Checks vmbo-mbo doorlopende leerroutes against the experiment regulation and the structural law of 2020; the DUS-I review workflow; the routes schools record under the law."));
      api.components((api.getComponents() == null ? new Components() : api.getComponents())
          .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
          .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
      api.addSecurityItem(new SecurityRequirement().addList("basic")).addSecurityItem(new SecurityRequirement().addList("bearer"));
      body(api, "/api/v1/checks", "document.schema.json", true);
      body(api, "/api/v1/applications", "application.schema.json", false);
      body(api, "/api/v1/applications/{id}/versions", "application.schema.json", false);
      Operation check = post(api, "/api/v1/checks");
      if (check != null) {
        check.getResponses().addApiResponse("200", new ApiResponse().description("one result per document")
            .content(new Content().addMediaType("application/json",
                new MediaType().schema(new ArraySchema().items(ref("result.schema.json"))))));
      }
      ROUTE_DOCUMENT_BODIES.forEach(path -> body(api, path, "route.schema.json", false));
      attachmentDownload(api);
    };
  }

  /** An attachment is a download of the PDF's bytes, never shown inline: say so, with the headers that make it one. */
  private static void attachmentDownload(OpenAPI api) {
    var item = api.getPaths() == null ? null : api.getPaths().get(DialogueController.ATTACHMENT);
    if (item == null || item.getGet() == null) {
      return;
    }
    item.getGet().getResponses().addApiResponse("200", new ApiResponse()
        .description("the attachment's bytes exactly as added (a PDF), as a download")
        .addHeaderObject("Content-Disposition", new io.swagger.v3.oas.models.headers.Header()
            .description("attachment; filename=\"…\"").schema(new Schema<>().type("string")))
        .addHeaderObject("X-Content-Type-Options", new io.swagger.v3.oas.models.headers.Header()
            .description("nosniff").schema(new Schema<>().type("string")))
        .content(new Content().addMediaType("application/octet-stream",
            new MediaType().schema(new Schema<>().type("string").format("binary")))));
  }

  private static void body(OpenAPI api, String path, String schema, boolean jsonLines) {
    Operation op = post(api, path);
    if (op == null) {
      return;
    }
    Content content = new Content().addMediaType("application/json", new MediaType().schema(ref(schema)));
    if (jsonLines) {
      content.addMediaType(CheckController.JSON_LINES, new MediaType().schema(new Schema<>().type("string")
          .description("JSON Lines: one document (" + SCHEMAS + "document.schema.json) per line")));
    }
    op.setRequestBody(new RequestBody().required(true).content(content));
  }

  private static Operation post(OpenAPI api, String path) {
    return api.getPaths() == null || api.getPaths().get(path) == null ? null : api.getPaths().get(path).getPost();
  }

  private static Schema<?> ref(String file) {
    return new Schema<>().$ref(SCHEMAS + file);
  }
}
