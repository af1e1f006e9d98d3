package org.openmom.torture;

import java.util.concurrent.ExecutionException;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.ServiceUser;

/**
 * The program R11's server starts on demand: it connects where {@code $OPENMOM_SERVER} says, as
 * {@code $OPENMOM_SERVICE}/r11, and forwards each message, body unchanged, as a persistent message
 * to {@code DONE/r11}, acknowledging it only once the server has stored the copy: killed at any
 * point, it loses nothing (it may forward one again).
 */
public final class ActivatedForwarderMain {
    static final ServiceUser DONE = ServiceUser.of("DONE", "r11");

    private ActivatedForwarderMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        OpenMomClient client = OpenMomClient.connect(ClientOptions.of(System.getenv("OPENMOM_SERVICE"), "r11").withWindow(16));
        client.setMessageListener(message -> {
            try {
                client.post(new Post(DONE, message.event(), message.flags(), message.body()).persistent()).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("could not forward message " + message.id() + ": " + e.getCause(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while forwarding message " + message.id(), e);
            }
        });
        System.out.println("forwarding: registered as " + client.who());
        System.out.flush();
        Thread.currentThread().join();
    }
}
