package org.openmom.app.explorer;

import static org.openmom.testing.Answers.get;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminSession;
import org.openmom.model.ProtocolSequence;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Explorer's Reflexes node follows a server that takes a new configuration while running (issue #14). */
@ExtendWith(ApplicationExtension.class)
class ExplorerReloadTest {
    private static final String JOURNAL = "LoggingService Journal builtin * data/all.journal\n";

    @TempDir
    Path home;
    private TestServer server;
    private ExplorerDriver explorer;

    @AfterEach
    void stop() {
        explorer.close();
        server.close();
    }

    @Test
    void inLiveModeTheReflexesNodeShowsTheReloadedSet(FxRobot robot) throws Exception {
        server = TestServer.named("Reload" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL)
                .configText(JOURNAL).start();
        explorer = new ExplorerDriver(robot);
        // Registered before the Explorer watches: its own registration is no event that would refresh the tree.
        try (AdminSession session = server.admin()) {
            explorer.open(server.home()).connectThroughDialog(server.name(), "1", "localhost", ProtocolSequence.LOCAL, "");
            explorer.waitUntil(() -> explorer.hasRow("Reflexes (1)"));
            explorer.clickLive();
            explorer.waitUntil(() -> explorer.hasRow("ADMIN/tester  #2"));

            get(session.reload(JOURNAL + "MessageFilter CHAT builtin * AuditLog\nLocalService PING builtin health Echo\n"));

            explorer.waitUntil(() -> explorer.hasRow("Reflexes (3)"));
        }
    }
}
