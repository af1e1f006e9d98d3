package org.openmom.app.explorer.tree;

import java.util.List;
import java.util.stream.Collectors;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.ActivationState;
import org.openmom.admin.ServerSnapshot;
import org.openmom.app.common.tree.FilterableTreeItem;

/** The "Activated Programs" folder of a server whose configuration has Activation lines: one node per program. */
final class ActivationNodes {
    private ActivationNodes() {}

    /** The folder, or none when the server starts no program on demand. */
    static List<ExplorerNode> folder(ServerSnapshot snapshot, ServerConnection connection) {
        if (snapshot.activations().isEmpty()) {
            return List.of();
        }
        long failed = snapshot.activations().stream().filter(a -> a.state() == ActivationState.FAILED).count();
        return List.of(new ExplorerNode(NodeKind.ACTIVATIONS, "activations", "Activated Programs (" + snapshot.activations().size()
                + (failed > 0 ? ", " + failed + " failed" : "") + ")", connection, null, null, -1));
    }

    static void sync(FilterableTreeItem<ExplorerNode> folder, ServerSnapshot snapshot, ServerConnection connection) {
        TreeSync.sync(folder, snapshot.activations().stream().map(a -> node(a, connection)).toList());
    }

    /** {@code ORDERS  —  bin/orders (NOWAIT, max 4)  —  running, pids 812 815  (3 starts, last exit 1)}. */
    private static ExplorerNode node(ActivationInfo activation, ServerConnection connection) {
        String pids = activation.pids().isEmpty() ? ""
                : (activation.pids().size() == 1 ? ", pid " : ", pids ") + activation.pids().stream().map(String::valueOf).collect(Collectors.joining(" "));
        String text = activation.service() + "  —  " + activation.program() + " (" + activation.model() + ", max " + activation.max() + ")  —  "
                + activation.state().name().toLowerCase().replace('_', ' ') + pids + "  (" + activation.starts()
                + (activation.starts() == 1 ? " start" : " starts") + (activation.lastExit() == null ? "" : ", last exit " + activation.lastExit())
                + ")";
        return new ExplorerNode(NodeKind.ACTIVATION, "activation:" + activation.service(), text, connection, activation, null, -1);
    }
}
