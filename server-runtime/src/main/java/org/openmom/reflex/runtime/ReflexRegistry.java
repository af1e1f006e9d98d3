package org.openmom.reflex.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.openmom.config.ReflexKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reflexes of a running server with their status, for administration: list them, enable
 * or disable one at run time. Safe from any thread: the list never changes after start and
 * each reflex's status is volatile/atomic.
 */
public final class ReflexRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ReflexRegistry.class);

    private final List<DeclaredReflex> reflexes;
    private final List<Consumer<ReflexStatus>> listeners = new CopyOnWriteArrayList<>();

    ReflexRegistry(List<DeclaredReflex> reflexes) {
        this.reflexes = List.copyOf(reflexes);
        this.reflexes.forEach(reflex -> reflex.whenStatusChanges(status -> listeners.forEach(l -> l.accept(status))));
    }

    /**
     * Tells {@code listener} of every change of a reflex's status: by {@link #setEnabled} or
     * automatically, when a reflex is disabled after repeated failures. Called on the thread
     * that made the change; be quick.
     */
    public void addStatusListener(Consumer<ReflexStatus> listener) {
        listeners.add(listener);
    }

    /** Every reflex in execution order, logging services included. */
    public List<ReflexStatus> statuses() {
        return reflexes.stream().map(DeclaredReflex::status).toList();
    }

    public ReflexStatus status(int index) {
        return reflex(index).status();
    }

    /**
     * Enables or disables reflex {@code index} (see {@link ReflexStatus#index()}); a disabled
     * reflex is skipped as if it were not declared. Enabling resets its run of failures.
     *
     * @throws IllegalArgumentException one line for the administrator: no such reflex, a logging
     *     service (part of the journal), or a reflex that could not be loaded
     */
    public ReflexStatus setEnabled(int index, boolean enabled) {
        DeclaredReflex reflex = reflex(index);
        if (reflex.kind() == ReflexKind.LOGGING_SERVICE) {
            throw new IllegalArgumentException(reflex.label() + " is a logging service, part of the server's journal:"
                    + " it cannot be " + (enabled ? "enabled" : "disabled") + " at run time — change the configuration and restart");
        }
        if (enabled && reflex.instance() == null) {
            throw new IllegalArgumentException(reflex.label() + " could not be loaded at start (" + reflex.status().note()
                    + ") — fix it and restart the server");
        }
        reflex.setEnabled(enabled, "disabled by an administrator");
        LOG.info("{} {}", reflex.label(), enabled ? "enabled" : "disabled");
        return reflex.status();
    }

    private DeclaredReflex reflex(int index) {
        if (index < 0 || index >= reflexes.size()) {
            throw new IllegalArgumentException("no reflex " + index + ": this server has reflexes 0 to " + (reflexes.size() - 1));
        }
        return reflexes.get(index);
    }
}
