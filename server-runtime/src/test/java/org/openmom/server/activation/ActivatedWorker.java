package org.openmom.server.activation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;

/**
 * The program the tests' Activation lines start (through a script, as an administrator would
 * write one): it connects where {@code $OPENMOM_SERVER} says, as {@code $OPENMOM_SERVICE}/worker,
 * one message at a time, and appends {@code PID BODY} to the file {@code args[0]} for each message
 * it receives, taking {@code args[1]} milliseconds over each; then waits to be stopped. With
 * {@code crash} as {@code args[0]} it exits at once with code 3.
 */
public final class ActivatedWorker {
    private ActivatedWorker() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("crash")) {
            System.out.println("crashing on purpose");
            System.exit(3);
        }
        Path out = Path.of(args[0]);
        long millisPerMessage = Long.parseLong(args[1]);
        long pid = ProcessHandle.current().pid();
        OpenMomClient client = OpenMomClient.connect(ClientOptions.of(System.getenv("OPENMOM_SERVICE"), "worker").withWindow(1));
        System.out.println("registered as " + client.who() + " on " + client.server());
        client.setMessageListener(message -> {
            try {
                Thread.sleep(millisPerMessage);
                Files.writeString(out, pid + " " + message.bodyText() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.currentThread().join();
    }
}
