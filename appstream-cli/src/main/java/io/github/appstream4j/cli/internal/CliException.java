package io.github.appstream4j.cli.internal;

/** A failure the CLI reports with a message and an exit code of its own (the AWS CLI's codes). */
class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    /** Bad command line, reported after the usage lines as {@code appstream: error: ...}. */
    static final class Usage extends CliException {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(ExitCodes.USAGE, message);
        }
    }

    /** A parameter value that could not be parsed (JSON, shorthand, paramfile). */
    static final class ParamParse extends CliException {
        private static final long serialVersionUID = 1L;

        ParamParse(String option, String message) {
            super(ExitCodes.USAGE, "Error parsing parameter '" + option + "': " + message);
        }
    }

    /** Input that parsed but does not fit the operation's shape, all problems at once. */
    static final class ParamValidation extends CliException {
        private static final long serialVersionUID = 1L;

        ParamValidation(java.util.List<String> problems) {
            super(ExitCodes.USAGE, "Parameter validation failed:\n" + String.join("\n", problems));
        }
    }

    /** Configuration or credentials that cannot be used. */
    static final class Config extends CliException {
        private static final long serialVersionUID = 1L;

        Config(String message) {
            super(ExitCodes.CONFIG, message);
        }

        Config(String message, Throwable cause) {
            super(ExitCodes.CONFIG, message, cause);
        }
    }
}
