package org.openmom.connection;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Which server certificates a client trusts: those of one trust file. A server showing one of
 * them itself is trusted (a pinned certificate: the file holds the server's own {@code --tls-cert},
 * typically self-signed, and the host name does not matter); any other must be signed by a
 * certificate of the file and name the host the client connects to, as a browser checks.
 */
final class PinnedTrust extends X509ExtendedTrustManager {
    private final List<X509Certificate> trusted;
    private final X509ExtendedTrustManager signedBy;

    PinnedTrust(List<X509Certificate> trusted) throws GeneralSecurityException {
        this.trusted = List.copyOf(trusted);
        KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            anchors.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        for (int i = 0; i < trusted.size(); i++) {
            anchors.setCertificateEntry("trusted-" + i, trusted.get(i));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(anchors);
        X509ExtendedTrustManager found = null;
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager) {
                found = (X509ExtendedTrustManager) manager;
            }
        }
        if (found == null) {
            throw new GeneralSecurityException("the JDK has no X.509 trust manager");
        }
        this.signedBy = found;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        if (!isPinned(chain)) {
            signedBy.checkServerTrusted(chain, authType, engine);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        if (!isPinned(chain)) {
            signedBy.checkServerTrusted(chain, authType, socket);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (!isPinned(chain)) {
            signedBy.checkServerTrusted(chain, authType);
        }
    }

    private boolean isPinned(X509Certificate[] chain) {
        return chain != null && chain.length > 0 && trusted.contains(chain[0]);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("a client does not take connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("a client does not take connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client does not take connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return trusted.toArray(new X509Certificate[0]);
    }
}
