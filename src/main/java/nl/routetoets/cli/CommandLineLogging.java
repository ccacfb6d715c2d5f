package nl.routetoets.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The logging of the commands, as logback.xml says it, set up in code: reading that XML costs a cold command line
 * about a tenth of a second and 300 classes (Joran and an XML parser), a third of what a command that needs no rules
 * takes. Standard output carries results only; every log line goes to standard error. The service is configured
 * from its own file (logback-service.xml, Spring's logging.config) as before, and so is anything that names
 * logback.xml. (Registered in META-INF/services/ch.qos.logback.classic.spi.Configurator.)
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class CommandLineLogging extends ContextAwareBase implements Configurator {
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    // Drools advises rule authors (eval use, folder names); test-rules and the tests show what matters to them
    context.getLogger("org.drools").setLevel(Level.ERROR);
    context.getLogger("org.kie").setLevel(Level.ERROR);
    // PDFBox substitutes an installed font for the standard fonts it does not carry, once a font: not a problem
    context.getLogger("org.apache.pdfbox.pdmodel.font").setLevel(Level.ERROR);
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
