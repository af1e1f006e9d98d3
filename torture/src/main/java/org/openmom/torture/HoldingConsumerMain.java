package org.openmom.torture;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;

/**
 * A consumer process that takes messages and never finishes handling the first one, so it holds
 * a window of unacknowledged messages until it is killed (R5). Arguments: PORT HOME SERVICE/USER
 * WINDOW. Prints {@code holding: registered} once registered.
 */
public final class HoldingConsumerMain {
    private HoldingConsumerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        ClientOptions options = ClientOptions.of(ServiceUser.parse(args[2])).withHome(new OpenMomHome(Path.of(args[1])))
                .withReconnect(false).withWindow(Integer.parseInt(args[3]));
        OpenMomClient client = OpenMomClient.connect(options, ServerAddress.tcp("127.0.0.1", port));
        CountDownLatch never = new CountDownLatch(1);
        // the listener never returns: nothing is acknowledged, the server keeps the window in flight
        client.setMessageListener(message -> awaitQuietly(never));
        System.out.println("holding: registered as " + client.who());
        System.out.flush();
        never.await();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
