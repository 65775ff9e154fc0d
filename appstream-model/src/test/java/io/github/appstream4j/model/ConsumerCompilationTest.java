package io.github.appstream4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles user code against the model's classes alone, as a user without Immutables on the classpath does:
 * the class files must not name Immutables annotations that javac then reports as missing.
 */
class ConsumerCompilationTest {

  private static final String CONSUMER = """
      import io.github.appstream4j.model.*;
      import java.util.List;

      class Consumer {
        List<Object> values() {
          ImageBuilder b = ImageBuilder.builder().name("b").state(ImageBuilderState.RUNNING)
              .addImageBuilderErrors(ResourceError.builder().errorMessage("m").build())
              .addAccessEndpoints(AccessEndpoint.builder().vpceId("v").build())
              .vpcConfig(VpcConfig.builder().addSubnetIds("s").build())
              .stateChangeReason(StateChangeReason.builder().message("m").build())
              .domainJoinInfo(DomainJoinInfo.builder().directoryName("d").build())
              .networkAccessConfiguration(NetworkAccessConfiguration.builder().eniId("e").build())
              .rootVolumeConfig(VolumeConfig.builder().volumeSizeInGb(200).build())
              .build();
          return List.of(b, b.toBuilder().displayName("d").build(), b.state(), b.imageBuilderErrors());
        }
      }
      """;

  @Test
  void modelClasses_compiledAgainstWithLintAllAndWithoutImmutables_giveNoWarnings(@TempDir Path out)
      throws URISyntaxException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-Xlint:all", "-proc:none", "--release", "17",
        "-classpath", modelClasses(), "-d", out.toString());

    boolean compiled = javac.getTask(null, null, diagnostics, options, null, List.of(new Source(CONSUMER)))
        .call();

    List<String> messages = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
        .toList();
    assertThat(messages).isEmpty();
    assertThat(compiled).isTrue();
  }

  // the directory or jar that holds the model's classes, and nothing else: no Immutables
  private static String modelClasses() throws URISyntaxException {
    URI location = ImageBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    return new File(location).getPath();
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String code) {
      super(URI.create("string:///Consumer.java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
