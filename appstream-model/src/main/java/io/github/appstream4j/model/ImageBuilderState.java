package io.github.appstream4j.model;

import java.util.Map;

/**
 * The state of an image builder, as reported by the service in {@code ImageBuilder.State}.
 *
 * <p>The service may add states after this library was released. Such a state maps to {@link #UNKNOWN};
 * the raw string stays available from {@link ImageBuilder#stateAsString()}. {@link #toString()} returns the
 * wire value (for {@code UNKNOWN}, the text {@code "UNKNOWN"}). Each constant belongs to a {@link Kind},
 * which
 * tells a waiter whether the builder is heading toward RUNNING, toward STOPPED, or is settled.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ImageBuilderState {
  /** The builder is being created or started; it goes to RUNNING. */
  PENDING(Kind.TOWARD_RUNNING),
  /** The streaming agent is being updated; the builder returns to RUNNING. */
  UPDATING_AGENT(Kind.TOWARD_RUNNING),
  /** The builder is running and can be connected to. */
  RUNNING(Kind.RUNNING),
  /** The builder is being stopped; it goes to STOPPED. */
  STOPPING(Kind.TOWARD_STOPPED),
  /** The builder is stopped; StartImageBuilder can start it. */
  STOPPED(Kind.STOPPED),
  /** The builder is rebooting; it returns to RUNNING. */
  REBOOTING(Kind.TOWARD_RUNNING),
  /** An image is being created from the builder, which then stops. */
  SNAPSHOTTING(Kind.TOWARD_STOPPED),
  /** The builder is being deleted. */
  DELETING(Kind.DELETING),
  /** The builder failed; see its state change reason and errors. */
  FAILED(Kind.FAILED),
  /** The builder is being updated; it returns to RUNNING. */
  UPDATING(Kind.TOWARD_RUNNING),
  /** The builder waits for qualification before it runs. */
  PENDING_QUALIFICATION(Kind.TOWARD_RUNNING),
  /** The builder waits to synchronize applications before it runs. */
  PENDING_SYNCING_APPS(Kind.TOWARD_RUNNING),
  /** The builder is synchronizing applications; it goes to RUNNING. */
  SYNCING_APPS(Kind.TOWARD_RUNNING),
  /** The builder waits for an image import before it runs. */
  PENDING_IMAGE_IMPORT(Kind.TOWARD_RUNNING),
  /** A state this version of the library does not know; the raw value is kept by the model. */
  UNKNOWN(Kind.UNKNOWN);

  /**
   * The class of an {@link ImageBuilderState}, from the point of view of someone waiting for RUNNING or
   * STOPPED.
   */
  public enum Kind {
    /** The builder is RUNNING: the target of a start. */
    RUNNING,
    /** Transitional: the builder will reach RUNNING without further calls. */
    TOWARD_RUNNING,
    /** The builder is STOPPED: the target of a stop. */
    STOPPED,
    /** Transitional: the builder will reach STOPPED without further calls. */
    TOWARD_STOPPED,
    /** The builder failed; waiting will not make it RUNNING. */
    FAILED,
    /** The builder is going away. */
    DELETING,
    /** The state is not known to this version of the library. */
    UNKNOWN
  }

  private static final Map<String, ImageBuilderState> BY_VALUE = WireEnums.index(values(), UNKNOWN);

  private final Kind kind;

  ImageBuilderState(Kind kind) {
    this.kind = kind;
  }

  /**
   * Returns the class of this state.
   *
   * @return the kind, never {@code null}; {@link Kind#UNKNOWN} for {@link #UNKNOWN}
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the constant for a wire value.
   *
   * @param value the wire value, e.g. {@code "RUNNING"}; may be {@code null}
   * @return the matching constant, {@link #UNKNOWN} for a value this version does not know, or {@code null}
   *     when {@code value} is {@code null}
   */
  public static ImageBuilderState fromValue(String value) {
    return WireEnums.fromValue(BY_VALUE, value, UNKNOWN);
  }
}
