package io.github.appstream4j.facade;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import io.github.appstream4j.ImageBuilders;
import io.github.appstream4j.WaitPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.model.ImageBuilderState;

class LoggingTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final String TOKEN = "FwoGZXIvYXdzEXAMPLESESSIONTOKENvalue0123456789";

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private Level rootLevel;

  @BeforeEach
  void capture() {
    captured.start();
    root.addAppender(captured);
    rootLevel = root.getLevel();
  }

  @AfterEach
  void release() {
    root.detachAppender(captured);
    root.setLevel(rootLevel);
    ((Logger) LoggerFactory.getLogger("io.github.appstream4j")).setLevel(Level.INFO);
  }

  /** A snapshot: SDK and scheduler threads may still be logging (the appender appends under its lock). */
  private List<ILoggingEvent> events() {
    synchronized (captured) {
      return List.copyOf(captured.list);
    }
  }

  private List<String> lines(Level level) {
    return events().stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage)
        .collect(Collectors.toList());
  }

  @Test
  void start_logsOneInfoLinePerTransition_withNameFromToElapsedAndPolls() {
    try (Fixture f = Fixture.auto()) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.STOPPED).script("b1", s -> s
          .startPhase(ImageBuilderState.PENDING, Duration.ofMinutes(5))
          .startPhase(ImageBuilderState.UPDATING_AGENT, Duration.ofMinutes(3)));
      f.builders.start("b1").awaitRunning();
    }
    List<String> transitions = lines(Level.INFO).stream().filter(l -> l.contains("\u2192"))
        .collect(Collectors.toList());
    transitions.forEach(System.out::println);
    assertThat(transitions).hasSize(3);
    assertThat(transitions.get(0)).contains("b1", "STOPPED \u2192 PENDING");
    assertThat(transitions.get(1)).contains("b1", "PENDING \u2192 UPDATING_AGENT");
    assertThat(transitions.get(2)).contains("b1", "UPDATING_AGENT \u2192 RUNNING");
    assertThat(transitions).allSatisfy(l -> assertThat(l).containsPattern("elapsed \\S+, \\d+ polls"));
    assertThat(lines(Level.INFO)).filteredOn(l -> l.contains("is RUNNING after")).hasSize(1);
    assertThat(lines(Level.WARN)).isEmpty();
  }

  @Test
  void start_debugLogsPollsAndRetries() {
    ((Logger) LoggerFactory.getLogger("io.github.appstream4j")).setLevel(Level.DEBUG);
    try (Fixture f = Fixture.auto(b -> b.retryPolicy(Fixture.QUICK_RETRIES))) {
      f.fake.givenImageBuilder("b1", ImageBuilderState.PENDING)
          .injectNext(io.github.appstream4j.testing.FakeOperation.DESCRIBE_IMAGE_BUILDERS, 1,
              io.github.appstream4j.testing.Fault.throttling());
      f.builders.start("b1").awaitRunning();
    }
    assertThat(lines(Level.DEBUG)).anySatisfy(l -> assertThat(l).contains("poll 1 saw PENDING"));
    assertThat(lines(Level.DEBUG)).anySatisfy(l -> assertThat(l).contains("attempt 1 failed", "ThrottlingException"));
  }

  @Test
  void start_unknownState_warnsOnceWhileWaiting() {
    try (Fixture f = Fixture.manual(b -> b)) {
      f.fake.givenImageBuilder(software.amazon.awssdk.services.appstream.model.ImageBuilder.builder()
          .name("b1").state("HIBERNATING").build());
      f.builders.start("b1");
      f.time.advance(Duration.ofMinutes(10));
      assertThat(f.count(io.github.appstream4j.testing.FakeOperation.DESCRIBE_IMAGE_BUILDERS)).isGreaterThan(5);
    }
    assertThat(lines(Level.WARN)).hasSize(1).first().asString()
        .contains("b1", "HIBERNATING", "unknown", "RUNNING");
  }

  // --- no credentials in any log line, with a real SDK client signing requests, everything at DEBUG ---

  private HttpServer server;
  private final AtomicInteger describes = new AtomicInteger();

  private void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      String state = target.endsWith("StartImageBuilder") ? "PENDING"
          : describes.getAndIncrement() == 0 ? "STOPPED" : "RUNNING";
      String json = "{\"Name\":\"b1\",\"State\":\"" + state + "\"}";
      byte[] body = (target.endsWith("StartImageBuilder") ? "{\"ImageBuilder\":" + json + "}"
          : "{\"ImageBuilders\":[" + json + "]}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void start_withRealSdkClientAtDebug_noSecretKeyOrSessionTokenInAnyLine() throws IOException {
    serve();
    root.setLevel(Level.DEBUG);
    ((Logger) LoggerFactory.getLogger("io.github.appstream4j")).setLevel(Level.DEBUG);
    ((Logger) LoggerFactory.getLogger("software.amazon.awssdk")).setLevel(Level.DEBUG);
    try (AppStreamClient sdk = AppStreamClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create("AKIDEXAMPLE", SECRET, TOKEN)))
        .build();
        ImageBuilders builders = ImageBuilders.builder().client(sdk).waitPolicy(WaitPolicy.builder()
            .initialDelay(Duration.ofMillis(10)).pollInterval(Duration.ofMillis(10)).build()).build()) {
      assertThat(builders.start("b1").awaitRunning().stateAsString()).contains("RUNNING");
    } finally {
      ((Logger) LoggerFactory.getLogger("software.amazon.awssdk")).setLevel(Level.WARN);
    }
    List<ILoggingEvent> events = events();
    List<String> all = events.stream().map(LoggingTest::text).collect(Collectors.toList());
    List<String> ours = events.stream().filter(e -> e.getLoggerName().startsWith("io.github.appstream4j"))
        .map(LoggingTest::text).collect(Collectors.toList());
    long sdkTokenLines = all.stream().filter(l -> l.contains(TOKEN)).count();
    System.out.println("captured " + all.size() + " lines at DEBUG (" + ours.size() + " from appstream4j); "
        + "the SDK's own SigV4 signer printed the session token in " + sdkTokenLines + " of its DEBUG lines");
    assertThat(ours).hasSizeGreaterThan(5);
    assertThat(ours).noneSatisfy(l -> assertThat(l).contains(TOKEN));
    assertThat(all).noneSatisfy(l -> assertThat(l).contains(SECRET));
  }

  private static String text(ILoggingEvent e) {
    StringBuilder s = new StringBuilder(e.getFormattedMessage());
    for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
      s.append(' ').append(t.getMessage());
    }
    return s.toString();
  }
}
