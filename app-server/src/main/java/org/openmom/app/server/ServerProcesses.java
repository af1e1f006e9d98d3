package org.openmom.app.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openmom.home.OpenMomHome;
import org.openmom.home.RunningServer;
import org.openmom.home.RunningServers;

/**
 * Runs {@code openmom server} as a child process of the window — the very command of the
 * terminal, with its journal, its log and its {@code run/} entry — so that the server outlives
 * the window when asked to, and the Explorer, the command line and a new window find it. Every
 * method blocks: the window calls them in the background.
 */
final class ServerProcesses {
    /** How long a server may take to say {@code ready:} before it is given up (and killed). */
    private static final long START_SECONDS = 60;
    private static final long STOP_SECONDS = 30;
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final OpenMomHome home;
    private final List<String> java;

    /**
     * @param javaOptions options of the server's JVM (none for the program: the server's defaults)
     */
    ServerProcesses(OpenMomHome home, List<String> javaOptions) {
        this.home = home;
        java = new ArrayList<>();
        // A server kept running must outlive the terminal the window may have been started from: in a
        // session of its own, a Ctrl-C or a hang-up there does not reach it (setsid keeps the process id).
        if (Files.isExecutable(SETSID)) {
            java.add(SETSID.toString());
        }
        // the window runs from the class path that holds the server (server-runtime), in a JVM of the same Java
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(javaOptions);
        java.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.openmom.cli.Main", "server"));
    }

    /** The server of that name and role that runs on this machine now, started by a window or not. */
    Optional<RunningServer> find(String name, int role) {
        return new RunningServers(home.run()).find(name, role);
    }

    /**
     * Starts {@code openmom server --home HOME options…} and waits for its {@code ready:} line.
     *
     * @return the server as it recorded itself under {@code run/}
     * @throws Refused with everything the server said when it exits instead (or does not
     *     answer in time, when it is killed): nothing is left running
     */
    RunningServer start(String name, int role, List<String> options) throws IOException, InterruptedException, Refused {
        Files.createDirectories(home.logs());
        // The console (warnings and a refusal) goes to a file: a pipe nobody reads once the window
        // is closed would block the server at its first warning.
        Path console = home.logs().resolve(name + "-" + role + ".console.txt");
        long consoleBefore = Files.exists(console) ? Files.size(console) : 0;
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("--home", home.root().toString()));
        command.addAll(options);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(console.toFile())).start();
        process.getOutputStream().close();
        String ready = readyLine(process);
        if (ready == null || !ready.startsWith("ready: ")) {
            boolean exited = process.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor(STOP_SECONDS, TimeUnit.SECONDS);
            }
            String said = consoleSince(console, consoleBefore).strip();
            throw new Refused(exited
                    ? "The server did not start (exit code " + process.exitValue() + "):\n" + (said.isEmpty() ? "(it said nothing)" : said)
                    : "The server did not say it was ready within " + START_SECONDS + " s and was stopped." + (said.isEmpty() ? "" : "\n" + said));
        }
        return find(name, role).orElseThrow(() -> new Refused("The server said '" + ready + "' but left no entry in "
                + home.run() + " — is another home in use?"));
    }

    /** Stops the server with process id {@code pid} as Ctrl-C does (it closes its journal and its {@code run/} entry). */
    void stop(long pid) throws InterruptedException, Refused {
        Optional<ProcessHandle> server = ProcessHandle.of(pid);
        if (server.isEmpty() || !server.get().isAlive()) {
            return;
        }
        server.get().destroy();
        try {
            server.get().onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            server.get().destroyForcibly();
            throw new Refused("The server (process " + pid + ") did not stop within " + STOP_SECONDS + " s: it was killed.");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Its first line of output, or null when it exits (or stays silent too long) first. */
    private static String readyLine(Process process) throws InterruptedException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            return line.get(START_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static String consoleSince(Path console, long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(console.toFile(), "r")) {
            file.seek(offset);
            byte[] said = new byte[(int) Math.min(file.length() - offset, 64 * 1024)];
            file.readFully(said);
            return new String(said, StandardCharsets.UTF_8);
        }
    }

    /** A start or stop that did not happen, said in full for the window. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }
}
