package org.parley.ingest;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS trust for a connection made to an IP address checked beforehand: the chain is checked by the JDK's default
 * trust store, and the certificate's names against the host the URL names (the connection itself names only the IP).
 */
final class HostnameTrust extends X509ExtendedTrustManager {

    private final X509TrustManager trusted;
    private final String host;

    private HostnameTrust(X509TrustManager trusted, String host) {
        this.trusted = trusted;
        this.host = host.toLowerCase(Locale.ROOT);
    }

    static SSLContext context(String host) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            X509TrustManager trusted = null;
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    trusted = x509;
                }
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new HostnameTrust(trusted, host)}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No TLS context: " + e.getMessage(), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        trusted.checkServerTrusted(chain, authType);
        if (!names(chain[0]).stream().anyMatch(this::matches)) {
            throw new CertificateException("The certificate does not name " + host + ".");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Parley does not accept TLS clients here.");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return trusted.getAcceptedIssuers();
    }

    /** The certificate's DNS and IP subject alternative names (RFC 6125: the common name is not used). */
    private static List<String> names(X509Certificate certificate) throws CertificateParsingException {
        Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
        if (alternatives == null) {
            return List.of();
        }
        return alternatives.stream().filter(n -> n.get(0) instanceof Integer type && (type == 2 || type == 7))
                .map(n -> String.valueOf(n.get(1)).toLowerCase(Locale.ROOT)).toList();
    }

    /** An exact name, or a wildcard standing for exactly one leftmost label (*.example.org). */
    private boolean matches(String name) {
        if (name.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot).equals(name.substring(1)) && name.indexOf('.', 2) > 0;
        }
        return host.equals(name);
    }
}
