package org.openmom.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entries of running servers that probing clients and the Explorer read. */
class RunningServerJsonTest {
    private static final RunningServer SERVER = new RunningServer("Alpha \"1\"", 2, ProcessHandle.current().pid(),
            List.of("ncalrpc", "ncacn_ip_tcp"), List.of("ncalrpc:Alpha.2", "ncacn_ip_tcp:5555"));

    @Test
    void anEntryReadsBackAsItWasWritten() throws IOException {
        assertThat(RunningServerJson.read(RunningServerJson.write(SERVER))).isEqualTo(SERVER);
    }

    @Test
    void entriesOfEarlierVersionsAndFieldsOfLaterOnesAreRead() throws IOException {
        String written = "{\"name\":\"B\",\"role\":1,\"pid\":42,\"protocols\":[\"ncalrpc\"],\"endpoints\":[\"ncalrpc:B.1\"],"
                + "\"since\":{\"at\":[1,2]}}";
        assertThat(RunningServerJson.read(written.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new RunningServer("B", 1, 42, List.of("ncalrpc"), List.of("ncalrpc:B.1")));
    }

    @Test
    void aDamagedEntryIsRefusedWithWhereItWentWrong() {
        assertThatThrownBy(() -> RunningServerJson.read("{\"name\":\"B\",\"pid\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("VALUE_NUMBER_INT");
        assertThatThrownBy(() -> RunningServerJson.read("{\"name\":\"B\",\"endpoints\":[\"a\"".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> RunningServerJson.read("{\"role\":1,\"pid\":3}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("name");
    }

    @Test
    void theRegistryListsALiveServerAndIgnoresDamagedEntries(@TempDir Path run) throws IOException {
        RunningServers registry = new RunningServers(run);
        registry.record("Alpha.2", SERVER);
        Files.writeString(run.resolve("Broken.1.json"), "{\"name\":");

        assertThat(registry.list()).containsExactly(SERVER);
        assertThat(registry.find("Alpha \"1\"", 2)).contains(SERVER);
    }
}
