package nl.routetoets.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;

/**
 * Reads a request body up to the configured limit. A declared Content-Length over it is refused before
 * reading; a chunked body is read no further than one byte past it.
 */
@Component
class Bodies {
  private final long limit;

  Bodies(ApiProperties properties) {
    this.limit = properties.maxRequestSize().toBytes();
  }

  byte[] read(HttpServletRequest request) throws IOException {
    refuseDeclared(request.getContentLengthLong());
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        throw new TooLarge(limit);
      }
      return body;
    }
  }

  void refuseDeclared(long contentLength) {
    if (contentLength > limit) {
      throw new TooLarge(limit);
    }
  }

  /** Answered with 413 problem details. */
  static final class TooLarge extends RuntimeException {
    TooLarge(long limit) {
      super("the request body is larger than " + limit + " bytes (routetoets.api.max-request-size)");
    }
  }
}
