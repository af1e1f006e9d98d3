package org.openmom.app.explorer.details;

import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.admin.MessageDetail;
import org.openmom.admin.MessageProperties;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.ReflexInfo;
import org.openmom.admin.RouterInfo;
import org.openmom.admin.ServerCounters;
import org.openmom.admin.ServerInfo;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.ServiceInfo;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.app.explorer.tree.ExplorerNode;
import org.openmom.config.ReflexKind;
import org.openmom.model.ByteSize;
import org.openmom.model.RouteHop;

/**
 * The details pane without its controls: the properties of the selected node and, for a
 * message, its body in every readable form (read from the server in the background).
 */
public final class DetailsModel {
    /** The part of a body shown at first: a big body is formatted, and held by the text views, only when asked for. */
    public static final int SHOWN_BYTES = 64 * 1024;

    private final BackgroundWork background;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Nothing selected");
    private final ObservableList<Property> properties = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper message = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper bodyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bodyHex = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bodyPretty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prettyLanguage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bodyCut = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canLoadAll = new ReadOnlyBooleanWrapper(false);
    private ExplorerNode shown;
    /** The whole body of the message shown when only its start is, for Load all; else null. */
    private byte[] wholeBody;

    /** @param background formats bodies off the FX thread */
    public DetailsModel(BackgroundWork background) {
        this.background = background;
    }

    /** Whether it shows {@code node} (or something identical) already. */
    public boolean isShowing(ExplorerNode node) {
        return node == null ? shown == null : shown != null && shown.sameAs(node);
    }

    /** One line of the properties table. */
    public record Property(String name, String value) {}

    /** Shows {@code node} (null: nothing selected). */
    public void show(ExplorerNode node) {
        shown = node;
        message.set(false);
        wholeBody = null;
        setBody(new BodyFormats.View("", "", null, ""));
        if (node == null) {
            title.set("Nothing selected");
            properties.clear();
            return;
        }
        title.set(node.text());
        List<Property> rows = new ArrayList<>();
        switch (node.kind()) {
            case SERVER:
                server(node, rows);
                break;
            case SERVICE:
            case ADMINISTRATION_SERVICE:
                service(node.service(), rows);
                break;
            case REFLEX:
                reflex(node.reflex(), rows);
                break;
            case ROUTER:
                router(node.router(), rows);
                break;
            case ACTIVATION:
                ActivationDetails.add(node.activation(), DetailsModel::time, rows);
                break;
            case REFLEX_GROUP:
                rows.add(new Property("Kind", ((ReflexKind) node.payload()).displayName()));
                break;
            case MAILBOX:
            case MAILBOX_SECTION:
                rows.add(new Property("Mailbox", node.connection().describe(node.mailbox())));
                rows.add(new Property("Messages", Integer.toString(node.total())));
                break;
            case SERVICES:
            case ADMINISTRATION_SERVICES:
            case ROUTERS:
            case ACTIVATIONS:
            case SERVER_MAILBOX:
            case REFLEXES:
            case TRASH:
            case AUDIT_LOG:
                rows.add(new Property("Server", node.connection().name()));
                rows.add(new Property("Holds", node.text()));
                break;
            default:
                if (node.kind().isMessage()) {
                    summary(node.message(), rows);
                    rows.add(new Property("Listed in", node.connection().describe(node.mailbox())));
                    message.set(true);
                    bodyText.set("Reading the message…");
                    node.connection().message(node.message().id(), detail -> detailRead(node, detail),
                            error -> bodyRead(node, error));
                }
                break;
        }
        properties.setAll(rows);
    }

    private void detailRead(ExplorerNode node, MessageDetail detail) {
        if (node != shown) {
            return; // the person moved on
        }
        properties.add(new Property("Found in", detail.foundIn().stream().map(node.connection()::describe)
                .collect(Collectors.joining(", "))));
        properties.add(new Property("Route", route(detail)));
        if (detail.isDeadLetter()) {
            // the server keeps a dead letter's body as it was posted, and where it was going beside it
            properties.add(new Property("Dead letter", "yes — Resubmit posts it again to its original destination"));
            properties.add(new Property("Original destination", detail.properties().get(MessageProperties.DEAD_LETTER_TO)));
            properties.add(new Property("Original event", detail.properties().getOrDefault(MessageProperties.DEAD_LETTER_EVENT, "—")));
            properties.add(new Property("Original sender", detail.properties().getOrDefault(MessageProperties.DEAD_LETTER_FROM, "—")));
            properties.add(new Property("Original id", detail.properties().getOrDefault(MessageProperties.DEAD_LETTER_ID, "—")));
        }
        // the message's own properties (an import's original headers among them), in their order
        detail.properties().forEach((name, value) -> {
            if (!DEAD_LETTER_ROWS.contains(name)) {
                properties.add(new Property("Property " + name, value));
            }
        });
        byte[] body = detail.body();
        bodyText.set("Formatting the body (" + ByteSize.format(body.length) + ")…");
        format(node, body, SHOWN_BYTES);
    }

    /** Load all: formats and shows the whole body of the message shown. */
    public void loadAll() {
        if (wholeBody != null && shown != null) {
            byte[] body = wholeBody;
            bodyCut.set("Formatting the whole body (" + ByteSize.format(body.length) + ")…");
            canLoadAll.set(false);
            format(shown, body, Integer.MAX_VALUE);
        }
    }

    /** Formats the first {@code limit} bytes of {@code body} off the FX thread, then shows them if {@code node} still is. */
    private void format(ExplorerNode node, byte[] body, int limit) {
        background.run(() -> BodyFormats.view(body, limit), view -> {
            if (node == shown) {
                wholeBody = view.cut().isEmpty() ? null : body;
                setBody(view);
            }
        }, error -> bodyRead(node, error.getMessage()));
    }

    private void bodyRead(ExplorerNode node, String error) {
        if (node == shown) {
            bodyText.set("The body cannot be read: " + error);
        }
    }

    private void setBody(BodyFormats.View view) {
        bodyText.set(view.text());
        bodyHex.set(view.hex());
        bodyPretty.set(view.pretty() == null ? "" : view.pretty().text());
        prettyLanguage.set(view.pretty() == null ? "" : view.pretty().language());
        bodyCut.set(view.cut());
        canLoadAll.set(!view.cut().isEmpty());
    }

    /** "Showing the first 64 KiB of 16 MiB …" while only the start of a big body is shown; else empty. */
    public ReadOnlyStringProperty bodyCutProperty() {
        return bodyCut.getReadOnlyProperty();
    }

    /** Whether Load all applies: only the start of the body is shown. */
    public ReadOnlyBooleanProperty canLoadAllProperty() {
        return canLoadAll.getReadOnlyProperty();
    }

    private static void server(ExplorerNode node, List<Property> rows) {
        rows.add(new Property("Address", node.connection().address().toString()));
        rows.add(new Property("Connection", node.connection().stateProperty().get().text()
                + (node.connection().problem() == null ? "" : ": " + node.connection().problem())));
        ServerSnapshot snapshot = (ServerSnapshot) node.payload();
        if (snapshot == null) {
            return;
        }
        ServerInfo server = snapshot.server();
        ServerCounters counters = snapshot.counters();
        rows.add(new Property("Name", server.name()));
        rows.add(new Property("Role", Integer.toString(server.role())));
        rows.add(new Property("Host", server.host()));
        rows.add(new Property("Endpoints", server.endpoints().stream().map(Object::toString).collect(Collectors.joining(", "))));
        rows.add(new Property("Status", server.status().isEnabled() ? "Enabled" : "Disabled"));
        rows.add(new Property("Version", server.version()));
        rows.add(new Property("Process id", Long.toString(server.pid())));
        rows.add(new Property("Started", time(server.startedAtMillis())));
        rows.add(new Property("Uptime", uptime(server.uptimeMillis())));
        rows.add(new Property("Services", Integer.toString(counters.services())));
        rows.add(new Property("Administration services", Integer.toString(counters.administrationServices())));
        rows.add(new Property("Messages in mailboxes", Long.toString(counters.mailboxMessages())));
        rows.add(new Property("Waiting persistent seeds", Integer.toString(counters.waitingSeeds())));
        rows.add(new Property("Memory held", ByteSize.format(counters.heldBytes()) + " of " + ByteSize.format(counters.memoryBound())));
        rows.add(new Property("Posted", Long.toString(counters.posted())));
        rows.add(new Property("Delivered", Long.toString(counters.delivered())));
        rows.add(new Property("Acknowledged", Long.toString(counters.acknowledged())));
        rows.add(new Property("Dead letters", Long.toString(counters.deadLetters())));
        rows.add(new Property("Dropped (mailbox full)", Long.toString(counters.overflows())));
        rows.add(new Property("Refused (memory bound)", Long.toString(counters.memoryRefusals())));
        rows.add(new Property("Deleted", Long.toString(counters.deleted())));
        rows.add(new Property("Routed copies received again", Long.toString(counters.routedDuplicates())));
        rows.add(new Property("Routing loops dropped", Long.toString(counters.routedLoops())));
        rows.add(new Property("Replies ignored (not from the service called)", Long.toString(counters.strayReplies())));
        rows.add(new Property("Journal", counters.storeTroubles().isEmpty() ? "Writing"
                : "Failing: " + String.join("; ", counters.storeTroubles()) + " — free disk space; it tries again every second"));
        rows.add(new Property("Refused (could not be stored)", Long.toString(counters.storeRefusals())));
        rows.add(new Property("Snapshot taken", time(snapshot.takenAtMillis())));
    }

    private static void service(ServiceInfo service, List<Property> rows) {
        rows.add(new Property("Service", service.who().service()));
        rows.add(new Property("User", service.who().user()));
        rows.add(new Property("Instance", Long.toString(service.instanceId())));
        rows.add(new Property("Administration service", service.administration() ? "yes" : "no"));
        rows.add(new Property("Status", service.status().isEnabled() ? "Enabled" : "Disabled"));
        rows.add(new Property("Connected since", time(service.connectedSinceMillis())));
        rows.add(new Property("Connects from", service.remoteAddress()));
        rows.add(new Property("Mailbox", service.mailboxSize() + " messages (" + service.inFlight() + " in flight)"));
        if (service.handOffBacklog() > 0) {
            rows.add(new Property("Still to hand over", service.handOffBacklog() + " waiting messages, as it takes its mailbox's"));
        }
        rows.add(new Property("Delivery", String.valueOf(service.deliveryMode())));
        rows.add(new Property("Anycast rotation", service.rotation() == null ? "in rotation" : service.rotation()));
    }

    private static void reflex(ReflexInfo reflex, List<Property> rows) {
        rows.add(new Property("Kind", reflex.kind().displayName()));
        rows.add(new Property("Declaration", reflex.declaration()));
        rows.add(new Property(reflex.kind().serviceNameLabel(), reflex.serviceName()));
        rows.add(new Property("DLL Path", reflex.dllPath()));
        rows.add(new Property(reflex.kind().keyLabel(), reflex.key()));
        rows.add(new Property(reflex.kind().valueLabel(), reflex.value()));
        rows.add(new Property("Configuration line", Integer.toString(reflex.line())));
        rows.add(new Property("Status", reflex.status().isEnabled() ? "Enabled" : "Disabled"));
        rows.add(new Property("Failures", Long.toString(reflex.failures())));
        if (reflex.note() != null) {
            rows.add(new Property("Note", reflex.note()));
        }
    }

    private static void router(RouterInfo router, List<Property> rows) {
        rows.add(new Property("Router", router.name()));
        rows.add(new Property("Kind", router.kind().displayName()));
        rows.add(new Property("Routes", routes(router)));
        rows.add(new Property("Target", router.targetLabel()));
        rows.add(new Property("Routes file line", router.line()));
        rows.add(new Property("State", router.state()));
        rows.add(new Property("Connected to", router.connectedTo().isEmpty() ? "—" : router.connectedTo()));
        rows.add(new Property("Forwarded", Long.toString(router.forwarded())));
        rows.add(new Property("Waiting", router.waiting() + (router.waiting() == 1 ? " message" : " messages")
                + " (to be sent, or sent and not yet confirmed)"));
        rows.add(new Property("Dropped (queue full)", Long.toString(router.dropped())));
        rows.add(new Property("Last error", router.lastError().isEmpty() ? "none" : router.lastError()));
    }

    private static String routes(RouterInfo router) {
        switch (router.kind()) {
            case SERVICE:
                return "the messages for service " + router.service();
            case EVENT:
                return "the messages for event " + router.event() + " of service " + router.service();
            default:
                return "the messages without a recipient on this server, and global messages";
        }
    }

    /** Each server the message passed, with its id there and when it arrived, then this one: one line each. */
    /** The properties shown above as a dead letter's rows, not again as properties. */
    private static final Set<String> DEAD_LETTER_ROWS = Set.of(MessageProperties.DEAD_LETTER_TO, MessageProperties.DEAD_LETTER_EVENT,
            MessageProperties.DEAD_LETTER_FROM, MessageProperties.DEAD_LETTER_ID);

    private static String route(MessageDetail detail) {
        StringBuilder lines = new StringBuilder();
        for (RouteHop hop : detail.route()) {
            lines.append(hop.server()).append("  #").append(hop.messageId()).append("  ").append(time(hop.atMillis())).append('\n');
        }
        MessageSummary here = detail.summary();
        lines.append(detail.route().isEmpty() ? "posted here" : "here").append("  #").append(here.id()).append("  ")
                .append(time(here.postedAtMillis()));
        return lines.toString();
    }

    private static void summary(MessageSummary message, List<Property> rows) {
        rows.add(new Property("Message id", Long.toString(message.id())));
        rows.add(new Property("From", String.valueOf(message.from())));
        rows.add(new Property("To", String.valueOf(message.to())));
        rows.add(new Property("Event", message.event()));
        rows.add(new Property("Flags", message.flags().isEmpty() ? "none"
                : message.flags().stream().map(f -> f.name().toLowerCase()).sorted().collect(Collectors.joining(", "))));
        rows.add(new Property("Size", message.size() + " bytes"));
        rows.add(new Property("Posted", time(message.postedAtMillis())));
        rows.add(new Property("In flight", message.inFlight() ? "yes (sent, not yet acknowledged)" : "no"));
    }

    private static String time(long millis) {
        return millis <= 0 ? "—" : new SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(new Date(millis));
    }

    private static String uptime(long millis) {
        Duration d = Duration.ofMillis(millis);
        return String.format("%dd %02d:%02d:%02d", d.toDays(), d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<Property> properties() {
        return properties;
    }

    /** Whether a message is shown (the body tabs apply). */
    public ReadOnlyBooleanProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyTextProperty() {
        return bodyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyHexProperty() {
        return bodyHex.getReadOnlyProperty();
    }

    /** The body indented as JSON or XML, or empty when it is neither. */
    public ReadOnlyStringProperty bodyPrettyProperty() {
        return bodyPretty.getReadOnlyProperty();
    }

    /** JSON, XML, or empty. */
    public ReadOnlyStringProperty prettyLanguageProperty() {
        return prettyLanguage.getReadOnlyProperty();
    }
}
