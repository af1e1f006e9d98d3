package org.openmom.reflex.runtime;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;
import org.openmom.model.NamePattern;
import org.openmom.reflex.MessageFilter;

/**
 * One line of the configuration at run time: its loaded instance (null when it could not be
 * loaded, and for logging services, which the journal serves) and its status. Read by broker
 * threads and changed by administration, hence the volatile and atomic fields.
 */
final class DeclaredReflex {
    private final int index;
    private final int line;
    private final String place;
    private final ReflexDeclaration declaration;
    private final Object instance;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile boolean enabled;
    private volatile String note;
    /** Told of every change of status, whoever makes it (an administrator, or repeated failures). */
    private volatile Consumer<ReflexStatus> statusListener = status -> { };

    DeclaredReflex(int index, int line, String place, ReflexDeclaration declaration, Object instance, String note) {
        this.index = index;
        this.line = line;
        this.place = place;
        this.declaration = declaration;
        this.instance = instance;
        this.enabled = instance != null || !declaration.kind().runsCode();
        this.note = note;
    }

    int index() {
        return index;
    }

    /** {@code CONFIG:LINE}, for messages. */
    String place() {
        return place;
    }

    ReflexDeclaration declaration() {
        return declaration;
    }

    ReflexKind kind() {
        return declaration.kind();
    }

    Object instance() {
        return instance;
    }

    /** How a person names it in the log: {@code MessageFilter 'com.acme.Spam' (server.conf:3)}. */
    String label() {
        return declaration.kind().keyword() + " '" + declaration.value() + "' (" + place + ")";
    }

    boolean isEnabled() {
        return enabled;
    }

    /** Whether it is enabled and declared for this service name and key (event or service name). */
    boolean appliesTo(String serviceName, String keyName) {
        return enabled && NamePattern.matches(declaration.serviceName(), serviceName)
                && NamePattern.matches(declaration.key(), keyName);
    }

    /**
     * For registration and de-registration filters, whose Service Name is the filter's own name:
     * whether it is enabled and its Key matches {@code service}.
     */
    boolean guardsService(String service) {
        return enabled && NamePattern.matches(declaration.key(), service);
    }

    boolean isForEveryService() {
        return NamePattern.WILDCARD.equals(declaration.serviceName());
    }

    void setEnabled(boolean value, String why) {
        boolean changed = enabled != value;
        enabled = value;
        note = value ? null : why;
        if (value) {
            consecutiveFailures.set(0);
        }
        if (changed) {
            statusListener.accept(status());
        }
    }

    void whenStatusChanges(Consumer<ReflexStatus> listener) {
        statusListener = listener;
    }

    void succeeded() {
        consecutiveFailures.set(0);
    }

    /** Counts a failure; returns how many happened in a row. */
    int failed() {
        failures.incrementAndGet();
        return consecutiveFailures.incrementAndGet();
    }

    ReflexStatus status() {
        return new ReflexStatus(index, line, declaration, enabled, failures.get(), note);
    }
}
