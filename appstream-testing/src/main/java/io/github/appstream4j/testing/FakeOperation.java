package io.github.appstream4j.testing;

/**
 * The AppStream operations that {@link FakeAppStream} implements, as named on the wire.
 */
public enum FakeOperation {
    /** {@code CreateImageBuilder}. */
    CREATE_IMAGE_BUILDER("CreateImageBuilder"),
    /** {@code StartImageBuilder}. */
    START_IMAGE_BUILDER("StartImageBuilder"),
    /** {@code StopImageBuilder}. */
    STOP_IMAGE_BUILDER("StopImageBuilder"),
    /** {@code DescribeImageBuilders}. */
    DESCRIBE_IMAGE_BUILDERS("DescribeImageBuilders"),
    /** {@code DeleteImageBuilder}. */
    DELETE_IMAGE_BUILDER("DeleteImageBuilder");

    private final String wireName;

    FakeOperation(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the operation name used on the wire, e.g. {@code "StartImageBuilder"}.
     *
     * @return the wire name
     */
    public String wireName() {
        return wireName;
    }
}
