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
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.server.assembly.OpenMomServer;
import org.openmom.server.pipeline.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small working system to explore: servers Demo/1 (the office) and Demo/2 (the warehouse),
 * linked by a server router each way, with a few reflexes. Orders on Demo/1 reserve stock on
 * Demo/2 and invoice the accounting there; the warehouse confirms shipments back: those messages
 * are routed. A billing service lets its mailbox fill up, one global price list reaches both
 * servers, persistent reports wait for an absent user, and faxes to a service that exists on
 * neither server become dead letters.
 */
public final class DemoWorld implements AutoCloseable {
    public static final String SERVER = "Demo";
    public static final ServerIdentity OFFICE = new ServerIdentity(SERVER, 1);
    public static final ServerIdentity WAREHOUSE = new ServerIdentity(SERVER, 2);
    private static final Logger LOG = LoggerFactory.getLogger(DemoWorld.class);

    private final List<OpenMomServer> servers = new ArrayList<>();
    private final List<OpenMomClient> clients = new ArrayList<>();
    private final ScheduledExecutorService traffic = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "openmom-demo-traffic");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger orderNumber = new AtomicInteger(1000);

    private DemoWorld() {}

    /** Starts both servers, linked, and the services, in {@code home} (its files/ and data/ are created). */
    public static DemoWorld start(OpenMomHome home) throws Exception {
        Files.createDirectories(home.files());
        Files.createDirectories(home.data());
        writeServersList(home);
        DemoWorld world = new DemoWorld();
        try {
            world.servers.add(startServer(home, OFFICE, WAREHOUSE));
            world.servers.add(startServer(home, WAREHOUSE, OFFICE));
            world.startServices(home);
        } catch (Exception | Error e) {
            world.close();
            throw e;
        }
        return world;
    }

    /**
     * One server with its reflexes and, in its routes file (as {@code -x} gives it), a server
     * router to {@code neighbour}: what nobody receives here goes there, global messages too.
     */
    private static OpenMomServer startServer(OpenMomHome home, ServerIdentity server, ServerIdentity neighbour) throws Exception {
        String name = "demo" + server.role();
        Path configuration = home.files().resolve(name + ".conf");
        Files.writeString(configuration, String.join("\n",
                "# The reflexes of demo server " + server + " (see docs/file-formats.md).",
                "LoggingService Journal builtin * ../data/" + name + ".journal",
                "RegistrationFilter Audit builtin * AuditLog",
                "DeregistrationFilter Audit builtin * AuditLog",
                "LocalService Echo builtin Ping Echo",
                "DeadLetters * builtin * DeadLetterMailbox",
                ""), StandardCharsets.UTF_8);
        Path routes = home.files().resolve(name + ".routes");
        Files.writeString(routes, String.join("\n",
                "# The routers of demo server " + server + " (see docs/routers.md).",
                "ServerRouter To" + neighbour.name() + neighbour.role() + " " + neighbour.name() + " " + neighbour.role() + " * ncalrpc *",
                ""), StandardCharsets.UTF_8);
        ServerSettings settings = ServerSettings.defaults(server, home)
                .withProtocols(EnumSet.of(ProtocolSequence.LOCAL, ProtocolSequence.TCP)).withTcp("127.0.0.1", null);
        return OpenMomServer.start(settings, configuration, routes);
    }

    /** So the connect dialog's defaults (Host *) find the demo servers, as on an administrator's machine. */
    private static void writeServersList(OpenMomHome home) throws IOException {
        if (!Files.exists(home.serversList())) {
            Files.createDirectories(home.serversList().getParent());
            String servers = "* ncalrpc * " + SERVER + " " + OFFICE.role() + "\n* ncalrpc * " + SERVER + " " + WAREHOUSE.role() + "\n";
            Files.writeString(home.serversList(), "! ADMIN *\n" + servers + "\n! * *\n" + servers, StandardCharsets.UTF_8);
        }
    }

    /** Where a demo server listens on the local protocol. */
    private static ServerAddress address(ServerIdentity server) {
        return ServerAddress.local(server.localName());
    }

    private void startServices(OpenMomHome home) {
        OpenMomClient orders = connect(home, OFFICE, ClientOptions.of("Orders", "alice"));
        // Billing fetches its messages itself and never does here: its mailbox fills up for the Explorer to show.
        OpenMomClient billing = connect(home, OFFICE, ClientOptions.of("Billing", "bob").withPolling(true));
        OpenMomClient stock = connect(home, WAREHOUSE, ClientOptions.of("Stock", "warehouse"));
        OpenMomClient shipping = connect(home, WAREHOUSE, ClientOptions.of("Shipping", "dave"));
        // The warehouse's accounting, another Billing user, never fetches either: what it got through the router stays to be seen.
        connect(home, WAREHOUSE, ClientOptions.of("Billing", "eve").withPolling(true));
        orders.setMessageListener(message -> LOG.debug("orders got {}", message.event()));

        // One global message: the price list reaches Billing on every linked server, each once.
        orders.post(Post.to(ServiceUser.of("Billing", "*"), "PriceList",
                "{\"valid from\": \"2026-01-01\", \"BOLT-M6\": 0.12, \"NUT-M6\": 0.05}").global());
        // Reports for carol, who is not connected anywhere: persistent, they wait in a server mailbox.
        for (int month = 1; month <= 3; month++) {
            billing.post(Post.to(ServiceUser.of("Reports", "carol"), "MonthlyReport",
                    "{\"month\": \"2026-0" + month + "\", \"revenue\": " + (41000 + month * 1234) + ", \"currency\": \"EUR\"}")
                    .persistent());
        }
        for (int i = 0; i < 5; i++) {
            postOrder(orders);
        }
        // Faxes go nowhere: no Fax service registers on either server, so they end as dead letters.
        orders.post(Post.to(ServiceUser.of("Fax", "*"), "Invoice", "<invoice number=\"7\"><total>99.50</total></invoice>"));
        stock.setMessageListener(message -> {
            // the reservation came through the office's router; the shipment order stays here
            if (message.event().equals("Reserve")) {
                stock.post(Post.to(ServiceUser.of("Shipping", "dave"), "Ship", "ready: " + message.bodyText()));
            }
        });
        shipping.setMessageListener(message -> {
            // back through the warehouse's router: Orders is on Demo/1
            shipping.post(Post.to(ServiceUser.of("Orders", "alice"), "Shipped", message.bodyText()));
            if (orderNumber.get() % 5 == 0) {
                shipping.post(Post.to(ServiceUser.of("Fax", "*"), "Label", "parcel " + orderNumber.get()));
            }
        });
        traffic.scheduleWithFixedDelay(() -> {
            try {
                postOrder(orders);
            } catch (RuntimeException e) {
                LOG.warn("demo traffic: {}", e.getMessage());
            }
        }, 2, 2, TimeUnit.SECONDS);
    }

    /** An order: billed here, reserved in the warehouse's stock and invoiced to its accounting (both through the router). */
    private void postOrder(OpenMomClient orders) {
        int number = orderNumber.incrementAndGet();
        int quantity = number % 7 + 1;
        orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder",
                "{\"order\": " + number + ", \"customer\": \"ACME\", \"lines\": [{\"sku\": \"BOLT-M6\", \"qty\": " + quantity + "}]}"));
        orders.post(Post.to(ServiceUser.of("Stock", "*"), "Reserve",
                "<reserve order=\"" + number + "\"><sku>BOLT-M6</sku><qty>" + quantity + "</qty></reserve>"));
        if (number % 3 == 0) {
            orders.post(Post.to(ServiceUser.of("Billing", "eve"), "Invoice",
                    "{\"invoice\": " + number + ", \"customer\": \"ACME\", \"total\": " + quantity * 12 + "}")
                    .withProperty("order", Integer.toString(number)).withProperty("content-type", "application/json"));
        }
    }

    private OpenMomClient connect(OpenMomHome home, ServerIdentity server, ClientOptions options) {
        OpenMomClient client = OpenMomClient.connect(options.withHome(home), address(server));
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        traffic.shutdownNow();
        for (OpenMomClient client : clients) {
            client.close();
        }
        servers.forEach(OpenMomServer::close);
    }
}
