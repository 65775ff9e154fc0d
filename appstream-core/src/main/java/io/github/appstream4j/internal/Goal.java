package io.github.appstream4j.internal;

import io.github.appstream4j.model.ImageBuilderState.Kind;

/** What a wait drives toward, and the decision each observed state leads to. */
enum Goal {
  RUNNING(Kind.RUNNING, Kind.TOWARD_RUNNING, Kind.STOPPED, Kind.TOWARD_STOPPED),
  STOPPED(Kind.STOPPED, Kind.TOWARD_STOPPED, Kind.RUNNING, Kind.TOWARD_RUNNING);

  enum Decision { DONE, POLL, ACT, UNEXPECTED, FAILED, GONE }

  private final Kind target;
  private final Kind toward;
  private final Kind origin;
  private final Kind towardOrigin;

  Goal(Kind target, Kind toward, Kind origin, Kind towardOrigin) {
    this.target = target;
    this.toward = toward;
    this.origin = origin;
    this.towardOrigin = towardOrigin;
  }

  /**
   * Decides on one observation. {@code acted}: a Start/Stop call went out (for a watch: always, since it
   * must not call). Before acting, a builder heading to the origin is waited for, then acted on; after,
   * the origin is tolerated only within the grace period and heading back to it is unexpected.
   */
  Decision decide(Kind kind, boolean acted, boolean inGrace) {
    if (kind == target) {
      return Decision.DONE;
    }
    if (kind == toward || kind == Kind.UNKNOWN) {
      return Decision.POLL;
    }
    if (kind == origin) {
      return !acted ? Decision.ACT : inGrace ? Decision.POLL : Decision.UNEXPECTED;
    }
    if (kind == towardOrigin) {
      return acted ? Decision.UNEXPECTED : Decision.POLL;
    }
    return kind == Kind.FAILED ? Decision.FAILED : Decision.GONE;
  }

  @Override
  public String toString() {
    return name();
  }
}
