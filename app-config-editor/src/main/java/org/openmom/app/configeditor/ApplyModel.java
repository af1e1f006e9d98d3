package org.openmom.app.configeditor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ReloadResult;
import org.openmom.admin.client.AdminClient;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.config.ConfigurationDiff;
import org.openmom.home.OpenMomHome;
import org.openmom.home.RunningServer;
import org.openmom.home.RunningServers;
import org.openmom.model.ServerAddress;

/**
 * "Apply to a running server" without its window: the servers running on this machine (or any
 * address typed), the difference the server would see (a dry run of its reload: every reflex
 * loaded there), then the reload itself; a refusal is shown whole and changes nothing.
 */
final class ApplyModel {
    private final String configText;
    private final OpenMomHome home;
    private final BackgroundWork background;
    private final ObservableList<String> servers = FXCollections.observableArrayList();
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    /** The server's admin secret, which TCP needs (the local protocol does not); blank for none. */
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply", false);

    /** @param configText the configuration as the editor would save it */
    ApplyModel(String configText, OpenMomHome home, BackgroundWork background) {
        this.configText = configText;
        this.home = home;
        this.background = background;
        address.addListener((o, before, now) -> {
            canApply.set(false);
            changes.clear();
            message.set("");
        });
    }

    /** The servers running on this machine, as addresses: {@code local:NAME.ROLE}, or {@code 127.0.0.1:PORT}. */
    void findLocalServers() {
        background.run(() -> new RunningServers(home.run()).list().stream().map(ApplyModel::addressOf).toList(), found -> {
            servers.setAll(found);
            if (address.get().isEmpty() && !found.isEmpty()) {
                address.set(found.get(0));
            }
            if (found.isEmpty()) {
                message.set("No server runs on this machine: type the address of one (host:port, or local:NAME.ROLE)");
            }
        }, error -> message.set("Cannot list the servers of this machine: " + error.getMessage()));
    }

    private static String addressOf(RunningServer server) {
        return server.localEndpoint() != null ? "local:" + server.localEndpoint() : "127.0.0.1:" + server.tcpPort();
    }

    /** Show Changes: the server checks the configuration and says what its reload would change. */
    void check() {
        ask(AdminSession::checkReload, result -> {
            changes.setAll(lines(result.changes()));
            message.set(result.changes().isEmpty() ? "The server runs these reflexes already: nothing would change"
                    : "The server accepts it: " + result.summary() + " — Apply to make it take them");
            canApply.set(!result.changes().isEmpty());
        });
    }

    /** Apply: the server swaps its reflexes, or refuses and keeps them. */
    void apply() {
        ask(AdminSession::reload, result -> {
            changes.setAll(lines(result.changes()));
            message.set("Applied to " + address.get() + ": " + result.summary() + ", " + result.reflexes() + " reflexes now");
            canApply.set(false);
        });
    }

    private void ask(BiFunction<AdminSession, String, CompletableFuture<ReloadResult>> request,
            Consumer<ReloadResult> onAnswer) {
        ServerAddress server;
        try {
            server = ServerAddress.parse(address.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        canApply.set(false);
        message.set("Asking " + address.get() + " …");
        AdminOptions options = AdminOptions.of(System.getProperty("user.name", "admin")).withHome(home);
        if (!secret.get().isBlank()) {
            options = options.withSecret(secret.get().strip());
        }
        AdminOptions chosen = options;
        background.follow(() -> AdminClient.connect(server, chosen).thenCompose(session ->
                request.apply(session, configText).whenComplete((result, error) -> session.close())), onAnswer, error -> {
                    changes.clear();
                    message.set("Refused, nothing changed: " + (error.getMessage() == null ? error : error.getMessage()));
                });
    }

    static List<String> lines(ConfigurationDiff diff) {
        List<String> lines = new ArrayList<>();
        diff.added().forEach(line -> lines.add("added: " + line));
        diff.removed().forEach(line -> lines.add("removed: " + line));
        diff.changed().forEach(line -> lines.add("changed: " + line));
        return lines;
    }

    ObservableList<String> servers() {
        return servers;
    }

    StringProperty addressProperty() {
        return address;
    }

    StringProperty secretProperty() {
        return secret;
    }

    ObservableList<String> changes() {
        return changes;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }
}
