package io.github.appstream4j.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Collection;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.appstream.AppStreamClient;
import software.amazon.awssdk.services.appstream.AppStreamClientBuilder;
import software.amazon.awssdk.utils.AttributeMap;

/** Builds the SDK client from resolved settings: Apache HTTP client with the timeouts and TLS trust asked for. */
final class ClientFactory {
    /** What "no timeout" becomes: the HTTP client rejects zero, and 24 days is as good as forever. */
    private static final Duration NONE = Duration.ofMillis(Integer.MAX_VALUE);

    private ClientFactory() {
    }

    static AppStreamClient create(ClientSettings settings, CliInterceptor interceptor) {
        ApacheHttpClient.Builder http = ApacheHttpClient.builder()
                .socketTimeout(orNone(settings.readTimeout))
                .connectionTimeout(orNone(settings.connectTimeout));
        SdkHttpClient httpClient;
        if (!settings.verifySsl) {
            // the HTTP client refuses trust managers next to trust-all; --no-verify-ssl wins, as in the AWS CLI
            httpClient = http.buildWithDefaults(AttributeMap.builder()
                    .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, true).build());
        } else {
            if (settings.caBundle != null) {
                TrustManager[] trust = trustManagers(settings);
                http.tlsTrustManagersProvider(() -> trust);
            }
            httpClient = http.build();
        }
        AppStreamClientBuilder builder = AppStreamClient.builder()
                .httpClient(httpClient)
                .region(settings.region)
                .credentialsProvider(settings.credentials)
                .overrideConfiguration(o -> {
                    o.addExecutionInterceptor(interceptor).defaultProfileFile(settings.profileFile)
                            .defaultProfileName(settings.profileName);
                    if (settings.maxAttempts != null) {
                        o.retryStrategy(r -> r.maxAttempts(settings.maxAttempts));
                    }
                });
        if (settings.endpoint != null) {
            builder.endpointOverride(settings.endpoint);
        }
        return builder.build();
    }

    private static Duration orNone(Duration timeout) {
        return timeout.isZero() ? NONE : timeout;
    }

    static TrustManager[] trustManagers(ClientSettings settings) {
        try (InputStream in = Files.newInputStream(settings.caBundle)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new CliException.Config("Unable to load CA bundle " + settings.caBundle + ": no certificates");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (IOException | GeneralSecurityException e) {
            throw new CliException.Config("Unable to load CA bundle " + settings.caBundle + ": " + e.getMessage(), e);
        }
    }
}
