package org.openmom.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;

/** The server properties without a window: the rules of openmom server's options, the files checked, what is remembered. */
class ServerPropertiesModelTest {
    @TempDir
    Path home;
    private ServerPropertiesModel properties;

    @BeforeEach
    void defaults() {
        properties = new ServerPropertiesModel(new ServerFiles(new OpenMomHome(home)), BackgroundWork.inCallingThread());
    }

    @Test
    void theDefaultsStartTheServerOfOpenmomServerWithoutOptions() {
        assertThat(properties.validProperty().get()).isTrue();
        assertThat(properties.serverOptions()).containsExactly("-p", "*", "-s", "OpenMOM", "-r", "1");
    }

    @Test
    void everyPropertyBecomesItsOption() throws Exception {
        Files.createDirectories(home.resolve("files"));
        Files.writeString(home.resolve("files/server.conf"), "");
        Files.writeString(home.resolve("files/server.routes"), "");
        properties.protocol().set(ProtocolSequence.TCP);
        properties.endpoint().set(" 7415 ");
        properties.configFile().set("server.conf");
        properties.serverName().set("Payroll Server");
        properties.serverRole().set("2");
        properties.routesFile().set("server.routes");

        assertThat(properties.validProperty().get()).isTrue();
        assertThat(properties.serverOptions()).containsExactly("-p", "ncacn_ip_tcp", "-s", "Payroll Server", "-r", "2", "-e", "7415",
                "-c", "server.conf", "-x", "server.routes");
    }

    @Test
    void wrongValuesAreSaidOnTheirFieldWithTheFix() {
        properties.serverRole().set("0");
        properties.serverName().set("Pay+roll");
        properties.protocol().set(ProtocolSequence.TCP);
        properties.endpoint().set("payroll");

        assertThat(properties.validProperty().get()).isFalse();
        assertThat(properties.serverRole().problemProperty().get()).isEqualTo("the server role is a whole number, 1 or more");
        assertThat(properties.serverName().problemProperty().get()).contains("no '+'");
        assertThat(properties.endpoint().problemProperty().get()).startsWith("a TCP/IP end point is a port number");

        properties.protocol().set(ProtocolSequence.LOCAL);
        assertThat(properties.endpoint().isValid()).isTrue();
        properties.endpoint().set("70000");
        assertThat(properties.endpoint().problemProperty().get()).isEqualTo("a TCP/IP port is at most 65535");
    }

    @Test
    void aMissingOrBrokenFileIsSaidWithItsPlace() throws Exception {
        properties.routesFile().set("nowhere.routes");
        assertThat(properties.routesFile().problemProperty().get()).isEqualTo(Path.of("nowhere.routes").toAbsolutePath()
                + ": no such readable file — check the name (relative names are looked up in " + home.resolve("files") + " first)");

        Path broken = home.resolve("broken.conf");
        Files.writeString(broken, "not a reflex\n");
        properties.configFile().set(broken.toString());
        assertThat(properties.configFile().problemProperty().get()).startsWith(broken + ":1:");
        assertThat(properties.validProperty().get()).isFalse();
    }

    @Test
    void thePropertiesOfTheLastStartAreRemembered() throws Exception {
        Preferences preferences = Preferences.userRoot().node("org/openmom/tests/" + UUID.randomUUID());
        try {
            properties.protocol().set(ProtocolSequence.LOCAL);
            properties.serverName().set("Payroll");
            properties.serverRole().set("3");
            properties.remember(preferences);

            ServerPropertiesModel next = new ServerPropertiesModel(new ServerFiles(new OpenMomHome(home)), BackgroundWork.inCallingThread());
            next.restore(preferences);
            assertThat(next.serverOptions()).containsExactly("-p", "ncalrpc", "-s", "Payroll", "-r", "3");
        } finally {
            preferences.removeNode();
        }
    }
}
