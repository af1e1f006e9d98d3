package org.openmom.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code openmom server} in a child JVM, as an administrator runs it, to stop or kill for real. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern TCP = Pattern.compile("ncacn_ip_tcp:(\\d+)");
    final Process process;
    final String readyLine;

    private ServerProcess(Process process, String readyLine) {
        this.process = process;
        this.readyLine = readyLine;
    }

    static ServerProcess start(Path home, String... serverArgs) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "org.openmom.cli.Main", "server", "--home", home.toString()));
        command.addAll(List.of(serverArgs));
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

    int tcpPort() {
        Matcher matcher = TCP.matcher(readyLine);
        if (!matcher.find()) {
            throw new AssertionError("no TCP endpoint in " + readyLine);
        }
        return Integer.parseInt(matcher.group(1));
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int terminate() throws InterruptedException {
        process.destroy(); // SIGTERM
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
