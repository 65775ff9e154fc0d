package io.github.appstream4j.cli.internal;

/** The AWS CLI's return codes. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERRUPTED = 130;
    static final int USAGE = 252;
    static final int CONFIG = 253;
    static final int SERVICE = 254;
    static final int OTHER = 255;

    private ExitCodes() {
    }
}
