package org.openmom.home;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry of running local servers: one {@code NAME.ROLE.json} per server in the run
 * folder (mode 0700, next to the local sockets). Entries of dead processes are ignored. The
 * entries are read and written by {@link RunningServerJson}.
 */
public final class RunningServers {
    private static final Logger LOG = LoggerFactory.getLogger(RunningServers.class);
    private static final String SUFFIX = ".json";

    private final Path runFolder;

    public RunningServers(Path runFolder) {
        this.runFolder = runFolder;
    }

    /** Creates the run folder, readable by its owner only: its sockets are the local access control. */
    public static Path ensureRunFolder(Path runFolder) throws IOException {
        if (!Files.isDirectory(runFolder)) {
            Files.createDirectories(runFolder);
        }
        try {
            Files.setPosixFilePermissions(runFolder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.debug("{} cannot be restricted to its owner on this file system", runFolder);
        }
        return runFolder;
    }

    public Path socketOf(String localName) {
        return runFolder.resolve(localName);
    }

    public void record(String localName, RunningServer server) throws IOException {
        ensureRunFolder(runFolder);
        Path target = runFolder.resolve(localName + SUFFIX);
        Path temp = runFolder.resolve(localName + SUFFIX + ".tmp");
        Files.write(temp, RunningServerJson.write(server));
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public void remove(String localName) {
        try {
            Files.deleteIfExists(runFolder.resolve(localName + SUFFIX));
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", runFolder.resolve(localName + SUFFIX), e.toString());
        }
    }

    /** The live entry recorded under {@code localName}, if its process still runs. */
    public Optional<RunningServer> find(String localName) {
        return read(runFolder.resolve(localName + SUFFIX));
    }

    /** The live server of that name and role, whatever its local endpoint name (its entry's file name). */
    public Optional<RunningServer> find(String name, int role) {
        return list().stream().filter(server -> server.name().equals(name) && server.role() == role).findFirst();
    }

    /** Every running server recorded here, by file name order. */
    public List<RunningServer> list() {
        List<RunningServer> servers = new ArrayList<>();
        if (!Files.isDirectory(runFolder)) {
            return servers;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runFolder, "*" + SUFFIX)) {
            entries.forEach(files::add);
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", runFolder, e.toString());
        }
        files.sort(null);
        for (Path file : files) {
            read(file).ifPresent(servers::add);
        }
        return servers;
    }

    private static Optional<RunningServer> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            RunningServer server = RunningServerJson.read(Files.readAllBytes(file));
            boolean alive = ProcessHandle.of(server.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(server) : Optional.empty();
        } catch (IOException e) {
            LOG.debug("ignoring unreadable {}: {}", file, e.toString());
            return Optional.empty();
        }
    }
}
