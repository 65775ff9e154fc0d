package io.github.appstream4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A self-signed certificate for a server on 127.0.0.1, made with the JDK's keytool, and PEM bundles that do and
 * do not trust it.
 */
final class TestCertificates {
    /** The TLS context of a server on 127.0.0.1. */
    final SSLContext serverTls;
    /** A PEM bundle that trusts that server. */
    final Path caPem;
    /** A valid PEM bundle that does not trust it: a CA the JDK trusts. */
    final Path otherPem;

    private TestCertificates(SSLContext serverTls, Path caPem, Path otherPem) {
        this.serverTls = serverTls;
        this.caPem = caPem;
        this.otherPem = otherPem;
    }

    static TestCertificates create(Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize",
                "2048", "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-keystore",
                keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        Path ca = pem(dir.resolve("ca.pem"), store.getCertificate("server"));
        return new TestCertificates(tls, ca, pem(dir.resolve("other.pem"), someTrustedCa()));
    }

    private static X509Certificate someTrustedCa() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init((KeyStore) null);
        for (javax.net.ssl.TrustManager manager : trust.getTrustManagers()) {
            if (manager instanceof X509TrustManager && ((X509TrustManager) manager).getAcceptedIssuers().length > 0) {
                return ((X509TrustManager) manager).getAcceptedIssuers()[0];
            }
        }
        throw new IllegalStateException("the JDK trusts no CA");
    }

    private static Path pem(Path path, Certificate certificate) throws Exception {
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
        return Files.writeString(path, "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n");
    }
}
