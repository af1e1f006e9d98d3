package org.openmom.app.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.openmom.admin.ServerCounters;
import org.openmom.admin.ServerSnapshot;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.home.OpenMomHome;
import org.openmom.home.RunningServer;

/**
 * The OpenMOM Server window without its controls: the properties, Start and Stop of the server
 * they describe, what the running server shows (identity, endpoints, uptime, counts, log), and
 * the other programs opened on it.
 */
final class ServerWindowModel {
    /** Where the server of the window is. */
    enum State {
        STOPPED("Stopped"), STARTING("Starting…"), RUNNING("Running"), STOPPING("Stopping…");

        private final String text;

        State(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private final OpenMomHome home;
    private final ServerPropertiesModel properties;
    private final ServerProcesses processes;
    private final ServerMonitor monitor;
    private final ProgramLauncher programs;
    private final ServerWindowDialogs dialogs;
    private final BackgroundWork background;
    private final Preferences preferences;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.STOPPED);
    private final ReadOnlyObjectWrapper<RunningServer> server = new ReadOnlyObjectWrapper<>(this, "server");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    ServerWindowModel(OpenMomHome home, ServerPropertiesModel properties, ServerProcesses processes, ServerMonitor monitor,
            ProgramLauncher programs, ServerWindowDialogs dialogs, BackgroundWork background, Preferences preferences) {
        this.home = home;
        this.properties = properties;
        this.processes = processes;
        this.monitor = monitor;
        this.programs = programs;
        this.dialogs = dialogs;
        this.background = background;
        this.preferences = preferences;
        properties.restore(preferences);
        monitor.problemProperty().addListener((o, before, now) -> {
            if (!now.isEmpty()) {
                message.set(now);
            }
        });
        status.set("Stopped. OpenMOM home: " + home.root());
    }

    ServerPropertiesModel properties() {
        return properties;
    }

    ServerLogModel log() {
        return monitor.log();
    }

    ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The running server as it recorded itself, null while none runs. */
    ReadOnlyObjectProperty<RunningServer> serverProperty() {
        return server.getReadOnlyProperty();
    }

    /** What went wrong last (a refused start, in full), or why the running server cannot be watched; empty when nothing did. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One line for the status bar: the state and what it concerns. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    BooleanBinding canStartProperty() {
        return state.isEqualTo(State.STOPPED).and(properties.validProperty());
    }

    BooleanBinding runningProperty() {
        return state.isEqualTo(State.RUNNING);
    }

    /** The properties can be changed while no server runs. */
    BooleanBinding propertiesEditableProperty() {
        return state.isEqualTo(State.STOPPED);
    }

    /** "OpenMOM/1 — process 4711 on host pc17, OpenMOM 0.1.0" */
    StringBinding identityProperty() {
        return Bindings.createStringBinding(() -> {
            ServerSnapshot taken = monitor.snapshotProperty().get();
            RunningServer running = server.get();
            if (taken != null) {
                return taken.server().label() + " — process " + taken.server().pid() + " on " + taken.server().host()
                        + ", OpenMOM " + taken.server().version() + ", " + taken.server().status().name().toLowerCase(java.util.Locale.ROOT);
            }
            return running == null ? "" : running.name() + "/" + running.role() + " — process " + running.pid();
        }, monitor.snapshotProperty(), server);
    }

    /** The endpoints as a client writes them: "ncacn_ip_tcp:7410, ncalrpc:OpenMOM.1". */
    StringBinding endpointsProperty() {
        return Bindings.createStringBinding(() -> server.get() == null ? "" : String.join(", ", server.get().endpoints()), server);
    }

    StringBinding uptimeProperty() {
        return Bindings.createStringBinding(() -> {
            ServerSnapshot taken = monitor.snapshotProperty().get();
            return taken == null ? "" : duration(taken.server().uptimeMillis());
        }, monitor.snapshotProperty());
    }

    /** Services and message counts, from the latest snapshot. */
    StringBinding countsProperty() {
        return Bindings.createStringBinding(() -> {
            ServerSnapshot taken = monitor.snapshotProperty().get();
            if (taken == null) {
                return "";
            }
            ServerCounters c = taken.counters();
            return count(c.services(), "service") + ", " + count(c.administrationServices(), "administration service") + " connected\n"
                    + c.posted() + " posted, " + c.delivered() + " delivered, " + c.acknowledged() + " acknowledged, "
                    + count(c.deadLetters(), "dead letter") + "\n" + c.mailboxMessages() + " in mailboxes, "
                    + count(c.waitingSeeds(), "persistent seed") + " waiting, " + count(taken.reflexes().size(), "reflex", "reflexes")
                    + ", " + count(taken.routers().size(), "router");
        }, monitor.snapshotProperty());
    }

    private static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    private static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** Finds the server the remembered properties name, when it runs already (kept running by an earlier window, or started in a terminal). */
    void findRunning() {
        String name = properties.name();
        int role = properties.role();
        background.run(() -> processes.find(name, role), found -> found.ifPresent(running -> {
            if (state.get() == State.STOPPED) {
                running(running);
                status.set("Running (found already running): " + label(running));
            }
        }), failure -> message.set("Cannot look for running servers in " + home.run() + ": " + failure.getMessage()));
    }

    void start() {
        if (!canStartProperty().get()) {
            return;
        }
        properties.remember(preferences);
        String name = properties.name();
        int role = properties.role();
        List<String> options = properties.serverOptions();
        state.set(State.STARTING);
        message.set("");
        status.set("Starting " + name + "/" + role + ": openmom server " + String.join(" ", options));
        background.run(() -> processes.start(name, role, options), started -> {
            running(started);
            status.set("Running: " + label(started));
        }, failure -> {
            state.set(State.STOPPED);
            message.set(failure.getMessage());
            status.set("Not started: " + name + "/" + role);
        });
    }

    void stop() {
        RunningServer running = server.get();
        if (state.get() != State.RUNNING || running == null) {
            return;
        }
        state.set(State.STOPPING);
        status.set("Stopping " + label(running) + "…");
        monitor.stop();
        background.run(() -> {
            processes.stop(running.pid());
            return null;
        }, done -> stopped("Stopped: " + label(running)), failure -> {
            message.set(failure.getMessage());
            stopped("Stopped: " + label(running));
        });
    }

    /**
     * The window is asked to close: with a running server, the person chooses to stop it, keep it
     * running in the background (a new window finds it), or not to close.
     *
     * @param close closes the window (once the server is stopped, when it is to be)
     */
    void close(Runnable close) {
        State now = state.get();
        if (now == State.STOPPED) {
            close.run();
            return;
        }
        RunningServer running = server.get();
        ServerWindowDialogs.OnClose choice = dialogs.askOnClose(running == null ? properties.name() + "/" + properties.role() : label(running));
        if (choice == ServerWindowDialogs.OnClose.KEEP_RUNNING) {
            monitor.stop();
            close.run();
        } else if (choice == ServerWindowDialogs.OnClose.STOP) {
            state.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends State> o, State before, State after) {
                    if (after == State.RUNNING) {
                        stop(); // it was still starting when the person chose
                    } else if (after == State.STOPPED) {
                        state.removeListener(this);
                        close.run();
                    }
                }
            });
            stop();
        }
    }

    /** Opens the Explorer connected to the running server (over Local when the server listens there). */
    void openExplorer() {
        RunningServer running = server.get();
        if (running == null) {
            return;
        }
        List<String> where = running.localEndpoint() != null
                ? List.of("--protocol", "ncalrpc", "--endpoint", running.localEndpoint())
                : List.of("--protocol", "ncacn_ip_tcp", "--host", "localhost", "--endpoint", Integer.toString(running.tcpPort()));
        launch("explorer", concat(List.of("--home", home.root().toString()), where));
    }

    /** Opens the configuration file in the Server Configuration Editor. */
    void editConfiguration() {
        String name = properties.configFile().value().strip();
        if (name.isEmpty()) {
            message.set("No Config File Name: name the server's configuration file in the properties (or choose one with …), then edit it.");
            return;
        }
        Path file = new ServerFiles(home).resolve(name);
        launch("config-editor", List.of(file.toString()));
    }

    void chooseConfigFile() {
        dialogs.chooseFile("Config File Name", home.files()).ifPresent(file -> properties.configFile().set(shortName(file)));
    }

    void chooseRoutesFile() {
        dialogs.chooseFile("Routes File", home.files()).ifPresent(file -> properties.routesFile().set(shortName(file)));
    }

    void showAbout() {
        dialogs.showAbout();
    }

    private void launch(String program, List<String> arguments) {
        status.set("Opening: openmom " + program + " " + String.join(" ", arguments));
        background.follow(() -> programs.start(program, arguments), failure -> {
            if (failure != null) {
                message.set(failure);
            }
        }, error -> message.set(error.getMessage()));
    }

    /** A file of {@code $OPENMOM_HOME/files} is named as the guide's files are: by its name alone. */
    private String shortName(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.getParent() != null && absolute.getParent().equals(home.files().toAbsolutePath())
                ? absolute.getFileName().toString() : absolute.toString();
    }

    private void running(RunningServer started) {
        server.set(started);
        state.set(State.RUNNING);
        monitor.watch(started);
        // a server stopped elsewhere (openmom in a terminal, a kill) stops here too
        Optional<ProcessHandle> process = ProcessHandle.of(started.pid());
        process.ifPresent(handle -> background.follow(handle::onExit, ended -> {
            if (server.get() == started && state.get() == State.RUNNING) {
                monitor.stop();
                stopped("Stopped: " + label(started) + " (its process ended)");
            }
        }, failure -> { }));
    }

    private void stopped(String what) {
        server.set(null);
        state.set(State.STOPPED);
        status.set(what);
    }

    private static String label(RunningServer running) {
        return running.name() + "/" + running.role() + " on " + String.join(", ", running.endpoints());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).collect(Collectors.toList());
    }

    private static String duration(long millis) {
        long seconds = millis / 1000;
        long days = seconds / 86_400;
        String clock = String.format("%02d:%02d:%02d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
        return days > 0 ? days + " d " + clock : clock;
    }
}
