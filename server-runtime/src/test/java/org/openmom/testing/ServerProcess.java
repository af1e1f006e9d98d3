package org.openmom.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code openmom server} in a child JVM, as an administrator runs it, to stop (SIGTERM) or kill
 * (SIGKILL) for real. {@link #start} returns once the server printed its {@code ready:} line.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern TCP = Pattern.compile("ncacn_ip_tcp:(\\d+)");
    private final Process process;
    private final String readyLine;

    private ServerProcess(Process process, String readyLine) {
        this.process = process;
        this.readyLine = readyLine;
    }

    /** Starts {@code openmom server --home HOME serverArgs…}; its stderr goes to {@code HOME/child-stderr.txt}. */
    public static ServerProcess start(Path home, String... serverArgs) throws Exception {
        return start(command(home, serverArgs), home);
    }

    /** As {@link #start}, in a process that may open {@code descriptors} files and sockets at most ({@code ulimit -n}). */
    public static ServerProcess startWithDescriptorLimit(Path home, int descriptors, String... serverArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "ulimit -n " + descriptors + " && exec \"$@\"", "sh"));
        command.addAll(command(home, serverArgs));
        return start(command, home);
    }

    private static ServerProcess start(List<String> command, Path home) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectError(home.resolve("child-stderr.txt").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        if (line == null || !line.startsWith("ready: ")) {
            process.destroyForcibly();
            throw new AssertionError("server did not start: " + line + " / " + Files.readString(home.resolve("child-stderr.txt")));
        }
        return new ServerProcess(process, line);
    }

    /** Runs {@code openmom server} with options it must refuse: asserts exit code 1 and returns its stderr. */
    public static String refusal(Path home, String... serverArgs) throws Exception {
        Process process = new ProcessBuilder(command(home, serverArgs)).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("server with " + List.of(serverArgs) + " did not exit within 30 s");
        }
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 1) {
            throw new AssertionError("server with " + List.of(serverArgs) + " exited with " + process.exitValue() + ", not 1: " + stderr);
        }
        return stderr;
    }

    private static List<String> command(Path home, String... serverArgs) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "org.openmom.cli.Main", "server", "--home", home.toString()));
        command.addAll(List.of(serverArgs));
        return command;
    }

    /** What it printed when ready: {@code ready: NAME/ROLE on ENDPOINTS}. */
    public String readyLine() {
        return readyLine;
    }

    public long pid() {
        return process.pid();
    }

    public int tcpPort() {
        Matcher matcher = TCP.matcher(readyLine);
        if (!matcher.find()) {
            throw new AssertionError("no TCP endpoint in " + readyLine);
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** SIGKILL: no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: a clean stop; returns the exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("server did not stop on SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
