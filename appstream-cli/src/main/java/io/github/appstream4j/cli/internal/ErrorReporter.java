package io.github.appstream4j.cli.internal;

import java.io.PrintStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.apache.http.conn.ConnectTimeoutException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Prints a failure the way the AWS CLI does and picks its exit code. */
final class ErrorReporter {
    static final String USAGE = "usage: appstream [options] <command> [<subcommand>] [parameters]\n"
            + "To see help text, you can run:\n\n"
            + "  appstream --help\n"
            + "  appstream <command> --help\n"
            + "  appstream <command> <subcommand> --help\n";

    private ErrorReporter() {
    }

    static int usage(PrintStream err, String message) {
        err.print(USAGE + "\n");
        err.println("appstream: error: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }

    static int report(Throwable failure, PrintStream err, String operationName, String endpoint, DebugLog debug) {
        if (debug != null && debug.enabled()) {
            java.io.StringWriter trace = new java.io.StringWriter();
            failure.printStackTrace(new java.io.PrintWriter(trace));
            debug.log(trace.toString().stripTrailing());
        }
        int code;
        String message;
        if (failure instanceof CliException.Usage) {
            return usage(err, failure.getMessage());
        } else if (failure instanceof CliException) {
            code = ((CliException) failure).exitCode();
            message = failure.getMessage();
        } else if (failure instanceof AwsServiceException) {
            AwsServiceException e = (AwsServiceException) failure;
            code = ExitCodes.SERVICE;
            message = serviceError(e, operationName);
        } else if (failure instanceof SdkClientException) {
            code = ExitCodes.OTHER;
            message = clientError((SdkClientException) failure, endpoint);
        } else {
            code = ExitCodes.OTHER;
            message = String.valueOf(failure.getMessage() == null ? failure.toString() : failure.getMessage());
        }
        err.println();
        err.println(message);
        err.flush();
        return code;
    }

    static String serviceError(AwsServiceException e, String operationName) {
        return serviceError(errorCode(e), operationName, errorText(e));
    }

    /** The service's error code, e.g. ThrottlingException; the HTTP status when there is none. */
    static String errorCode(AwsServiceException e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
                ? e.awsErrorDetails().errorCode() : String.valueOf(e.statusCode());
    }

    /** The service's error message, "Unknown" when there is none. */
    static String errorText(AwsServiceException e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage() : "Unknown";
    }

    static String serviceError(String code, String operationName, String text) {
        return serviceError(code, operationName, 0, text);
    }

    /** With {@code retries > 0}, says so as the AWS CLI does when the retries were exhausted. */
    static String serviceError(String code, String operationName, int retries, String text) {
        return "An error occurred (" + code + ") when calling the " + operationName + " operation"
                + (retries > 0 ? " (reached max retries: " + retries + ")" : "") + ": " + text;
    }

    static String clientError(SdkClientException e, String endpoint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectTimeoutException) {
                return "Connect timeout on endpoint URL: \"" + endpoint + "\"";
            }
            if (t instanceof SocketTimeoutException) {
                return "Read timeout on endpoint URL: \"" + endpoint + "\"";
            }
            if (t instanceof SSLException) {
                return "SSL validation failed for " + endpoint + " " + t.getMessage();
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return "Could not connect to the endpoint URL: \"" + endpoint + "\"";
            }
        }
        return e.getMessage();
    }
}
