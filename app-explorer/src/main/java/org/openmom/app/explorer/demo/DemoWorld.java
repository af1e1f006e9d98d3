package org.openmom.app.explorer.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ServerAddress;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.server.assembly.OpenMomServer;
import org.openmom.server.pipeline.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small working system to explore: server Demo/1 with a few reflexes, services exchanging
 * orders, a billing service that lets its mailbox fill up, persistent reports waiting for an
 * absent user, and faxes to a service that does not exist (dead letters).
 */
public final class DemoWorld implements AutoCloseable {
    public static final String SERVER = "Demo";
    public static final int ROLE = 1;
    private static final Logger LOG = LoggerFactory.getLogger(DemoWorld.class);
    private static final String CONFIGURATION = String.join("\n",
            "# The demo server's reflexes (see docs/file-formats.md).",
            "LoggingService Journal builtin * ../data/demo.journal",
            "RegistrationFilter Audit builtin * AuditLog",
            "DeregistrationFilter Audit builtin * AuditLog",
            "LocalService Echo builtin Ping Echo",
            "DeadLetters * builtin * DeadLetterMailbox",
            "");

    private final OpenMomServer server;
    private final List<OpenMomClient> clients = new ArrayList<>();
    private final ScheduledExecutorService traffic = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "openmom-demo-traffic");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger orderNumber = new AtomicInteger(1000);

    private DemoWorld(OpenMomServer server) {
        this.server = server;
    }

    /** Starts the server and the services in {@code home} (its files/ and data/ are created). */
    public static DemoWorld start(OpenMomHome home) throws Exception {
        Path configuration = home.files().resolve("demo.conf");
        Files.createDirectories(home.files());
        Files.createDirectories(home.data());
        Files.writeString(configuration, CONFIGURATION, StandardCharsets.UTF_8);
        writeServersList(home);
        ServerSettings settings = ServerSettings.defaults(new ServerIdentity(SERVER, ROLE), home)
                .withProtocols(EnumSet.of(ProtocolSequence.LOCAL, ProtocolSequence.TCP)).withTcp("127.0.0.1", null);
        DemoWorld world = new DemoWorld(OpenMomServer.start(settings, configuration, null));
        try {
            world.startServices(home);
        } catch (RuntimeException e) {
            world.close();
            throw e;
        }
        return world;
    }

    /** So the connect dialog's defaults (Host *) find the demo server, as on an administrator's machine. */
    private static void writeServersList(OpenMomHome home) throws IOException {
        if (!Files.exists(home.serversList())) {
            Files.createDirectories(home.serversList().getParent());
            Files.writeString(home.serversList(), "! ADMIN *\n* ncalrpc * " + SERVER + " " + ROLE + "\n\n! * *\n* ncalrpc * "
                    + SERVER + " " + ROLE + "\n", StandardCharsets.UTF_8);
        }
    }

    public ServerAddress address() {
        return ServerAddress.local(new ServerIdentity(SERVER, ROLE).localName());
    }

    private void startServices(OpenMomHome home) {
        OpenMomClient orders = connect(home, ClientOptions.of("Orders", "alice"));
        OpenMomClient stock = connect(home, ClientOptions.of("Stock", "warehouse"));
        // Billing fetches its messages itself and never does here: its mailbox fills up for the Explorer to show.
        OpenMomClient billing = connect(home, ClientOptions.of("Billing", "bob").withPolling(true));
        OpenMomClient shipping = connect(home, ClientOptions.of("Shipping", "dave"));
        stock.setMessageListener(message -> LOG.debug("stock got {}", message.event()));
        shipping.setMessageListener(message -> LOG.debug("shipping got {}", message.event()));
        orders.setMessageListener(message -> LOG.debug("orders got {}", message.event()));

        // Reports for carol, who is not connected: persistent, they wait in the server mailbox.
        for (int month = 1; month <= 3; month++) {
            billing.post(Post.to(ServiceUser.of("Reports", "carol"), "MonthlyReport",
                    "{\"month\": \"2026-0" + month + "\", \"revenue\": " + (41000 + month * 1234) + ", \"currency\": \"EUR\"}")
                    .persistent());
        }
        for (int i = 0; i < 5; i++) {
            postOrder(orders, stock);
        }
        // Faxes go nowhere: no Fax service ever registers, so they are dead letters.
        orders.post(Post.to(ServiceUser.of("Fax", "*"), "Invoice", "<invoice number=\"7\"><total>99.50</total></invoice>"));
        traffic.scheduleWithFixedDelay(() -> {
            try {
                postOrder(orders, stock);
                if (orderNumber.get() % 5 == 0) {
                    shipping.post(Post.to(ServiceUser.of("Fax", "*"), "Label", "parcel " + orderNumber.get()));
                }
            } catch (RuntimeException e) {
                LOG.warn("demo traffic: {}", e.getMessage());
            }
        }, 2, 2, TimeUnit.SECONDS);
    }

    private void postOrder(OpenMomClient orders, OpenMomClient stock) {
        int number = orderNumber.incrementAndGet();
        orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder",
                "{\"order\": " + number + ", \"customer\": \"ACME\", \"lines\": [{\"sku\": \"BOLT-M6\", \"qty\": "
                        + (number % 7 + 1) + "}]}"));
        orders.post(Post.to(ServiceUser.of("Stock", "*"), "Reserve",
                "<reserve order=\"" + number + "\"><sku>BOLT-M6</sku><qty>" + (number % 7 + 1) + "</qty></reserve>"));
        stock.post(Post.to(ServiceUser.of("Shipping", "dave"), "Ship", "order " + number + " ready"));
    }

    private OpenMomClient connect(OpenMomHome home, ClientOptions options) {
        OpenMomClient client = OpenMomClient.connect(options.withHome(home), address());
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        traffic.shutdownNow();
        for (OpenMomClient client : clients) {
            client.close();
        }
        server.close();
    }
}
