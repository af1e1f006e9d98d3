package org.openmom.app.configeditor;

import java.util.ArrayList;
import java.util.List;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ServerConfiguration;

/** The edits the editor makes to a configuration, as pure functions of the immutable model. */
final class ConfigurationEdits {
    private ConfigurationEdits() {}

    static ServerConfiguration insert(ServerConfiguration configuration, int at, ReflexDeclaration reflex) {
        List<ReflexDeclaration> reflexes = new ArrayList<>(configuration.reflexes());
        reflexes.add(at, reflex);
        return configuration.withReflexes(reflexes);
    }

    /** Replaces the fields of reflex {@code index}, keeping the comments written above it. */
    static ServerConfiguration replace(ServerConfiguration configuration, int index, ReflexDeclaration fields) {
        List<ReflexDeclaration> reflexes = new ArrayList<>(configuration.reflexes());
        ReflexDeclaration old = reflexes.get(index);
        reflexes.set(index, old.withFields(fields.kind(), fields.serviceName(), fields.dllPath(), fields.key(), fields.value()));
        return configuration.withReflexes(reflexes);
    }

    static ServerConfiguration remove(ServerConfiguration configuration, int index) {
        List<ReflexDeclaration> reflexes = new ArrayList<>(configuration.reflexes());
        reflexes.remove(index);
        return configuration.withReflexes(reflexes);
    }

    /** Moves reflex {@code index} to position {@code to}; its comments travel with it. */
    static ServerConfiguration move(ServerConfiguration configuration, int index, int to) {
        List<ReflexDeclaration> reflexes = new ArrayList<>(configuration.reflexes());
        reflexes.add(to, reflexes.remove(index));
        return configuration.withReflexes(reflexes);
    }
}
