package io.github.appstream4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.appstream4j.internal.Goal.Decision;
import io.github.appstream4j.model.ImageBuilderState.Kind;
import org.junit.jupiter.api.Test;

class GoalTest {
  @Test
  void decide_running_beforeAndAfterTheStartCall() {
    assertThat(Goal.RUNNING.decide(Kind.RUNNING, false, false)).isEqualTo(Decision.DONE);
    assertThat(Goal.RUNNING.decide(Kind.TOWARD_RUNNING, false, false)).isEqualTo(Decision.POLL);
    assertThat(Goal.RUNNING.decide(Kind.STOPPED, false, false)).isEqualTo(Decision.ACT);
    assertThat(Goal.RUNNING.decide(Kind.TOWARD_STOPPED, false, false)).isEqualTo(Decision.POLL);
    assertThat(Goal.RUNNING.decide(Kind.STOPPED, true, true)).isEqualTo(Decision.POLL);
    assertThat(Goal.RUNNING.decide(Kind.STOPPED, true, false)).isEqualTo(Decision.UNEXPECTED);
    assertThat(Goal.RUNNING.decide(Kind.TOWARD_STOPPED, true, true)).isEqualTo(Decision.UNEXPECTED);
    assertThat(Goal.RUNNING.decide(Kind.FAILED, false, false)).isEqualTo(Decision.FAILED);
    assertThat(Goal.RUNNING.decide(Kind.DELETING, true, true)).isEqualTo(Decision.GONE);
    assertThat(Goal.RUNNING.decide(Kind.UNKNOWN, true, false)).isEqualTo(Decision.POLL);
  }

  @Test
  void decide_stopped_isTheMirrorImage() {
    assertThat(Goal.STOPPED.decide(Kind.STOPPED, false, false)).isEqualTo(Decision.DONE);
    assertThat(Goal.STOPPED.decide(Kind.TOWARD_STOPPED, true, false)).isEqualTo(Decision.POLL);
    assertThat(Goal.STOPPED.decide(Kind.RUNNING, false, false)).isEqualTo(Decision.ACT);
    assertThat(Goal.STOPPED.decide(Kind.TOWARD_RUNNING, false, false)).isEqualTo(Decision.POLL);
    assertThat(Goal.STOPPED.decide(Kind.RUNNING, true, true)).isEqualTo(Decision.POLL);
    assertThat(Goal.STOPPED.decide(Kind.RUNNING, true, false)).isEqualTo(Decision.UNEXPECTED);
    assertThat(Goal.STOPPED.decide(Kind.TOWARD_RUNNING, true, true)).isEqualTo(Decision.UNEXPECTED);
    assertThat(Goal.STOPPED.decide(Kind.FAILED, true, true)).isEqualTo(Decision.FAILED);
    assertThat(Goal.STOPPED.decide(Kind.DELETING, false, false)).isEqualTo(Decision.GONE);
  }
}
