package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.server.pipeline.ServerTls;
import org.openmom.testing.ServerProcess;
import org.openmom.testing.TlsFiles;

/**
 * {@code openmom server} with TLS and a listen address, in child processes, and the command line
 * talking to it (issue #18 item 6).
 */
@Timeout(120)
class NetworkTrustProcessTest {
    private static final String OPEN_TO_ANYONE = "anyone who reaches it can register as any service";

    @TempDir
    Path home;
    @TempDir
    Path certificates;

    @Test
    void theCommandLineTrustingTheServersCertificatePostsOverTls_andWithoutItIsToldWhy() throws Exception {
        ServerTls tls = TlsFiles.server(certificates);
        try (ServerProcess server = ServerProcess.start(home, "-s", "SAFE", "-p", "ncacn_ip_tcp", "-e", "0", "--listen", "127.0.0.1",
                "--tls-cert", tls.certificateChain().toString(), "--tls-key", tls.privateKey().toString())) {
            String address = "127.0.0.1:" + server.tcpPort();

            CommandLineRun trusted = CommandLineRun.of("post", "--home", home.toString(), "--server", address,
                    "--tls-trust", tls.certificateChain().toString(), "--to", "CHAT/bob", "--event", "say", "--body", "hello");
            CommandLineRun plain = CommandLineRun.of("post", "--home", home.toString(), "--server", address,
                    "--to", "CHAT/bob", "--event", "say", "--body", "hello");

            assertThat(trusted.exitCode()).as(trusted.err()).isZero();
            assertThat(plain.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(plain.err().lines()).singleElement().asString().contains(address, "takes TLS connections only", "--tls-trust");
            assertThat(Files.readString(home.resolve("child-stderr.txt"))).doesNotContain(OPEN_TO_ANYONE);
        }
    }

    @Test
    void aServerListeningOnEveryInterfaceWithoutARegistrationFilterSaysOnceThatAnyoneMayRegister() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, "-s", "OPEN", "-p", "ncacn_ip_tcp", "-e", "0")) {
            assertThat(Files.readString(home.resolve("child-stderr.txt")).lines().filter(line -> line.contains(OPEN_TO_ANYONE)))
                    .singleElement().asString().contains("server OPEN/1 listens on 0.0.0.0", "RegistrationFilter", "--listen 127.0.0.1");
        }
    }

    @Test
    void aServerWithARegistrationFilterDoesNotWarn() throws Exception {
        Files.writeString(home.resolve("Gate.passwd"), "");
        Path config = Files.writeString(home.resolve("gated.conf"), "RegistrationFilter Gate builtin CHAT PasswordFilter\n");
        try (ServerProcess server = ServerProcess.start(home, "-s", "GATED", "-p", "ncacn_ip_tcp", "-e", "0", "-c", config.toString())) {
            assertThat(Files.readString(home.resolve("child-stderr.txt"))).doesNotContain(OPEN_TO_ANYONE);
        }
    }

    @Test
    void tlsAndListenOptionsThatCannotWorkAreRefusedInOneLine() throws Exception {
        ServerTls tls = TlsFiles.server(certificates);
        assertThat(ServerProcess.refusal(home, "--tls-cert", tls.certificateChain().toString()).lines()).singleElement().asString()
                .contains("--tls-cert without --tls-key", "give both");
        assertThat(ServerProcess.refusal(home, "-p", "ncacn_ip_tcp", "--tls-cert", tls.certificateChain().toString(),
                "--tls-key", tls.certificateChain().toString()).lines()).singleElement().asString()
                .contains("--tls-key " + tls.certificateChain(), "not a PEM certificate chain and its unencrypted PKCS#8 key", "openssl pkcs8");
        assertThat(ServerProcess.refusal(home, "--listen", "192.0.2.7").lines()).singleElement().asString()
                .contains("--listen 192.0.2.7", "not an address of this machine");
    }
}
