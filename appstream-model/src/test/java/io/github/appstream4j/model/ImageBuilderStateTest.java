package io.github.appstream4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.model.ImageBuilderState.Kind;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImageBuilderStateTest {

  private static final Map<ImageBuilderState, Kind> EXPECTED = new EnumMap<>(Map.ofEntries(
      Map.entry(ImageBuilderState.PENDING, Kind.TOWARD_RUNNING),
      Map.entry(ImageBuilderState.UPDATING_AGENT, Kind.TOWARD_RUNNING),
      Map.entry(ImageBuilderState.RUNNING, Kind.RUNNING),
      Map.entry(ImageBuilderState.STOPPING, Kind.TOWARD_STOPPED),
      Map.entry(ImageBuilderState.STOPPED, Kind.STOPPED),
      Map.entry(ImageBuilderState.REBOOTING, Kind.TOWARD_RUNNING),
      Map.entry(ImageBuilderState.SNAPSHOTTING, Kind.TOWARD_STOPPED),
      Map.entry(ImageBuilderState.DELETING, Kind.DELETING),
      Map.entry(ImageBuilderState.FAILED, Kind.FAILED),
      Map.entry(ImageBuilderState.UPDATING, Kind.TOWARD_RUNNING),
      Map.entry(ImageBuilderState.PENDING_QUALIFICATION, Kind.TOWARD_RUNNING),
      Map.entry(ImageBuilderState.PENDING_SYNCING_APPS, Kind.TOWARD_RUNNING),
      Map.entry(ImageBuilderState.SYNCING_APPS, Kind.TOWARD_RUNNING),
      Map.entry(ImageBuilderState.PENDING_IMAGE_IMPORT, Kind.TOWARD_RUNNING),
      Map.entry(ImageBuilderState.UNKNOWN, Kind.UNKNOWN)));

  @Test
  void values_all_haveExpectedTableEntry() {
    // a constant added without an entry in EXPECTED fails here, so its Kind gets decided on purpose
    assertThat(ImageBuilderState.values()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    assertThat(EXPECTED).hasSize(14 + 1);
  }

  @ParameterizedTest
  @EnumSource(ImageBuilderState.class)
  void kind_eachConstant_matchesTable(ImageBuilderState state) {
    assertThat(state.kind()).isNotNull().isEqualTo(EXPECTED.get(state));
  }

  @Test
  void kind_onlyUnknownHasUnknownKind() {
    assertThat(Arrays.stream(ImageBuilderState.values()).filter(s -> s.kind() == Kind.UNKNOWN))
        .containsExactly(ImageBuilderState.UNKNOWN);
  }
}
