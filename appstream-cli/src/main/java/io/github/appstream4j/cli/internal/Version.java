package io.github.appstream4j.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code appstream/0.1.0 Java/17.0.15 Linux/6.1.0 exe/amd64}, the shape of the AWS CLI's version line. */
public final class Version {
    private Version() {
    }

    /** The version of this build, from a resource filtered at build time. */
    public static String number() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** The line --version prints. */
    public static String line() {
        return "appstream/" + number() + " Java/" + System.getProperty("java.version") + " "
                + System.getProperty("os.name").replace(' ', '_') + "/" + System.getProperty("os.version")
                + " exe/" + System.getProperty("os.arch");
    }
}
