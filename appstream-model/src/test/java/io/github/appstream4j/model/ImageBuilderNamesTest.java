package io.github.appstream4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageBuilderNamesTest {

  private static final String MAX_LENGTH = "a" + "b".repeat(100);
  private static final String TOO_LONG = MAX_LENGTH + "c";

  @ParameterizedTest
  @ValueSource(strings = {"a", "Z", "7", "my-builder", "my_builder.v2", "A-_.9", "0abc"})
  void isValid_validName_true(String name) {
    assertThat(ImageBuilderNames.isValid(name)).isTrue();
    assertThat(ImageBuilderNames.requireValid(name, "name")).isSameAs(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "_a", ".a", "a b", "a/b", "a\n", "\na", "ä", "a:b", " a"})
  void isValid_invalidName_false(String name) {
    assertThat(ImageBuilderNames.isValid(name)).isFalse();
  }

  @Test
  void pattern_isTheServicesExpression() {
    assertThat(ImageBuilderNames.pattern().pattern()).isEqualTo("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "my-builder", "", "-a", "a b"})
  void pattern_matchesExactlyTheValidNames(String name) {
    assertThat(ImageBuilderNames.pattern().matcher(name).matches()).isEqualTo(ImageBuilderNames.isValid(name));
  }

  @Test
  void isValid_null_false() {
    assertThat(ImageBuilderNames.isValid(null)).isFalse();
  }

  @Test
  void isValid_101Chars_true() {
    assertThat(MAX_LENGTH).hasSize(101);
    assertThat(ImageBuilderNames.isValid(MAX_LENGTH)).isTrue();
  }

  @Test
  void isValid_102Chars_false() {
    assertThat(TOO_LONG).hasSize(102);
    assertThat(ImageBuilderNames.isValid(TOO_LONG)).isFalse();
  }

  @Test
  void requireValid_102Chars_throwsIaeNamingParameterPatternAndValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImageBuilderNames.requireValid(TOO_LONG, "builderName"))
        .withMessage("builderName must match ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$ but was \"" + TOO_LONG + "\"");
  }

  @Test
  void requireValid_space_throwsIaeNamingParameterAndValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImageBuilderNames.requireValid("a b", "name"))
        .withMessage("name must match ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$ but was \"a b\"");
  }

  @Test
  void requireValid_null_throwsNpeNamingParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> ImageBuilderNames.requireValid(null, "name"))
        .withMessage("name must not be null");
  }
}
