package org.openmom.app.explorer.activations;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.ActivationState;
import org.openmom.admin.Status;
import org.openmom.app.explorer.tree.ConnectionState;
import org.openmom.app.explorer.tree.ExplorerNode;

/**
 * Start Program and Stop Program on the activated program selected in the tree (docs/activation.md):
 * the server starts one process now (also for a program shown as failed), or stops its processes
 * and starts none on demand until started again. What happens goes to the status bar.
 */
public final class ActivationCommands {
    private final ObservableList<ExplorerNode> selection;
    private final ActivationDialogs dialogs;
    private final Consumer<String> report;
    private final BooleanBinding canStart;
    private final BooleanBinding canStop;

    /** @param report takes one-line messages for the status bar, on the FX thread */
    public ActivationCommands(ObservableList<ExplorerNode> selection, ActivationDialogs dialogs, Consumer<String> report) {
        this.selection = selection;
        this.dialogs = dialogs;
        this.report = report;
        canStart = Bindings.createBooleanBinding(() -> selected() != null && selected().activation().state() != ActivationState.RUNNING,
                selection);
        canStop = Bindings.createBooleanBinding(() -> selected() != null && selected().activation().state() != ActivationState.STOPPED,
                selection);
    }

    /** The one selected activated program of a connected server, or null. */
    private ExplorerNode selected() {
        if (selection.size() != 1 || selection.get(0).activation() == null) {
            return null;
        }
        ExplorerNode node = selection.get(0);
        return node.connection().stateProperty().get() == ConnectionState.CONNECTED ? node : null;
    }

    public BooleanBinding canStart() {
        return canStart;
    }

    public BooleanBinding canStop() {
        return canStop;
    }

    public void start() {
        ExplorerNode node = selected();
        if (node != null) {
            ActivationInfo activation = node.activation();
            report.accept("Starting " + activation.program() + " for service " + activation.service() + " on " + node.connection() + "…");
            node.connection().setActivationStatus(activation.service(), Status.ENABLED, started -> report.accept("Started "
                    + started.program() + " for service " + started.service() + " on " + node.connection() + " (pid "
                    + started.pids().stream().reduce((first, second) -> second).map(String::valueOf).orElse("—") + ")"),
                    refusal -> dialogs.showError("Start Program", node.connection() + " did not start " + activation.program() + "\n\n"
                            + refusal));
        }
    }

    public void stop() {
        ExplorerNode node = selected();
        if (node == null || !dialogs.confirmStopProgram(node.connection().toString(), node.activation())) {
            return;
        }
        ActivationInfo activation = node.activation();
        node.connection().setActivationStatus(activation.service(), Status.DISABLED, stopped -> report.accept("Stopped "
                + stopped.program() + " for service " + stopped.service() + " on " + node.connection()),
                refusal -> dialogs.showError("Stop Program", node.connection() + " did not stop " + activation.program() + "\n\n" + refusal));
    }

    /** What the confirmation of Stop Program says: how many processes get SIGTERM, and what follows. */
    public static String stopQuestion(String serverLabel, ActivationInfo activation) {
        int running = activation.pids().size();
        String processes = running == 0 ? "No process of it runs now."
                : running == 1 ? "Its process (pid " + activation.pids().get(0) + ") gets SIGTERM, and SIGKILL after 5 s."
                : "Its " + running + " processes (pids " + activation.pids() + ") get SIGTERM, and SIGKILL after 5 s.";
        return "Stop " + activation.program() + ", the activated program of service " + activation.service() + " on " + serverLabel
                + "?\n" + processes + "\nThe server then starts it on demand no more, until you start it again; messages for "
                + activation.service() + " wait.";
    }
}
