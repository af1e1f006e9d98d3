package org.openmom.app.explorer.details;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.openmom.admin.ActivationInfo;
import org.openmom.app.explorer.details.DetailsModel.Property;

/** The details of an activated program: what the Activation line says, and what became of its processes. */
final class ActivationDetails {
    private ActivationDetails() {}

    static void add(ActivationInfo activation, LongFunction<String> time, List<Property> rows) {
        rows.add(new Property("Service", activation.service()));
        rows.add(new Property("Program", activation.program()));
        rows.add(new Property("Model", activation.model() + (activation.model().name().equals("WAIT") ? " (one instance at a time)"
                : " (more while messages wait and every instance is busy, up to " + activation.max() + ")")));
        rows.add(new Property("State", activation.state().name().toLowerCase().replace('_', ' ')));
        rows.add(new Property("Processes", activation.pids().isEmpty() ? "none"
                : "pid " + activation.pids().stream().map(String::valueOf).collect(Collectors.joining(", pid "))));
        rows.add(new Property("Starts", Integer.toString(activation.starts())));
        rows.add(new Property("Last exit", activation.lastExit() == null ? "none yet"
                : "code " + activation.lastExit() + " at " + time.apply(activation.lastExitAtMillis())));
        rows.add(new Property("Problem", activation.problem() == null ? "none" : activation.problem()));
        rows.add(new Property("Output", "logs/activation-" + activation.service().replaceAll("[^A-Za-z0-9._-]", "_") + ".log on the server's machine"));
    }
}
