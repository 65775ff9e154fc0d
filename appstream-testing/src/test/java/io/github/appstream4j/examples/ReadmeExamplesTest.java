package io.github.appstream4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README's "Testing your code" shows these example files as they are here, so it cannot drift from them. */
class ReadmeExamplesTest {
    private static final Path EXAMPLES = Paths.get("src/test/java/io/github/appstream4j/examples");
    private static final Path README = Paths.get("..", "README.md");

    @ParameterizedTest
    @ValueSource(strings = {"PackagingStation.java", "PackagingStationTest.java", "PackagingStationFakeTest.java",
        "PackagingStationWireTest.java"})
    void readme_showsTheExampleFileVerbatim(String file) throws IOException {
        String source = Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
        String shown = source.substring(source.indexOf('\n', source.indexOf("package ")) + 1).strip();

        assertThat(Files.readString(README, StandardCharsets.UTF_8))
                .as("README block for %s (the file without its package line)", file)
                .contains("```java\n" + shown + "\n```");
    }
}
