package org.openmom.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.config.ServerConfiguration;
import org.openmom.config.ServerConfigurationParser;
import org.openmom.fileformat.ParseResult;
import org.openmom.model.ServerIdentity;
import org.openmom.reflex.runtime.ConfiguredReflexes;
import org.openmom.reflex.runtime.ReflexLoadException;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.reflex.runtime.ReflexStatus;
import org.openmom.server.MessageStore;
import org.openmom.testing.TestServer;

/** Reflexes that cannot be loaded: the server refuses to start with CONFIG:LINE, or with --lenient starts without them. */
@Timeout(60)
class ReflexLoadTest {
    private static final ServerIdentity SERVER = new ServerIdentity("S", 1);

    @TempDir
    static Path shared;
    static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildJar() throws Exception {
        jar = TestReflexes.buildJar(shared);
    }

    private String loadError(String config) throws Exception {
        Path file = write(config);
        ServerConfiguration configuration = read(file);
        return org.assertj.core.api.Assertions.catchThrowableOfType(ReflexLoadException.class,
                () -> ConfiguredReflexes.load(file, configuration, SERVER, ReflexSettings.defaults())).getMessage();
    }

    private static ServerConfiguration read(Path file) throws Exception {
        ParseResult<ServerConfiguration> result = ServerConfigurationParser.read(file);
        assertThat(result.errors()).as("errors of the test's configuration").isEmpty();
        return result.model();
    }

    private Path write(String config) throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.copy(jar, dir.resolve("lib").resolve(TestReflexes.JAR), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path file = dir.resolve("server.conf");
        Files.writeString(file, config);
        return file;
    }

    @Test
    void aMissingJar() throws Exception {
        assertThat(loadError("# reflexes\n\nMessageFilter CHAT lib/missing.jar * t.Tag$A\n")).isEqualTo(
                dir.resolve("server.conf") + ":3: MessageFilter 't.Tag$A': no readable jar " + dir.resolve("lib/missing.jar")
                        + " — check the DLL Path 'lib/missing.jar' (relative to the configuration file's folder)");
    }

    @Test
    void aMissingClass() throws Exception {
        assertThat(loadError("MessageFilter CHAT lib/t.jar * t.Tag$A\nMessageFilter CHAT lib/t.jar * t.Nope\n")).isEqualTo(
                dir.resolve("server.conf") + ":2: MessageFilter 't.Nope': no class t.Nope in " + dir.resolve("lib/t.jar")
                        + " — check the Function Name (the class's binary name, e.g. com.acme.Filters$Spam) and the jar's contents");
    }

    @Test
    void aClassOfTheWrongKind() throws Exception {
        assertThat(loadError("DeliveryFilter CHAT lib/t.jar * t.Upper\n")).isEqualTo(
                dir.resolve("server.conf") + ":1: DeliveryFilter 't.Upper': class t.Upper is not a Message Delivery Filter"
                        + " — make it implement org.openmom.reflex.DeliveryFilter, or declare it with the kind matching what it implements");
    }

    @Test
    void aConstructorThatThrows() throws Exception {
        assertThat(loadError("MessageFilter CHAT lib/t.jar * t.BadStart\n")).isEqualTo(
                dir.resolve("server.conf") + ":1: MessageFilter 't.BadStart': its constructor threw IllegalStateException:"
                        + " no licence key — fix the reflex or what it reads at start");
    }

    @Test
    void anUnknownBuiltin() throws Exception {
        assertThat(loadError("LocalService PING builtin ping Ping\n")).isEqualTo(
                dir.resolve("server.conf") + ":1: LocalService 'Ping': no built-in reflex of that name — use one of"
                        + " Echo, PasswordFilter, DeadLetterMailbox, AuditLog, Redirect, or give the jar holding the class as DLL Path");
    }

    @Test
    void leniently_theServerStartsWithTheReflexDisabled_andItCannotBeEnabled() throws Exception {
        Path file = write("MessageFilter CHAT lib/t.jar * t.Nope\nMessageFilter CHAT lib/t.jar * t.Tag$A\n");
        try (TestServer server = TestServer.named("S").home(dir.resolve("home")).config(file)
                .reflexSettings(ReflexSettings.defaults().withLenient(true)).store(MessageStore.NONE).start()) {
            ReflexStatus broken = server.registry().status(0);
            assertThat(broken.enabled()).isFalse();
            assertThat(broken.note()).startsWith("could not be loaded: " + file + ":1: MessageFilter 't.Nope': no class t.Nope");
            assertThat(server.registry().status(1).enabled()).isTrue();
            assertThatThrownBy(() -> server.registry().setEnabled(0, true))
                    .hasMessageStartingWith("MessageFilter 't.Nope' (" + file + ":1) could not be loaded at start");

            var alice = server.connect("CHAT", "alice");
            var got = ReflexKindsTest.listen(alice);
            ReflexKindsTest.post(alice, "CHAT/alice", "say", "x");
            assertThat(ReflexKindsTest.next(got).bodyText()).isEqualTo("xA");
        }
    }
}
