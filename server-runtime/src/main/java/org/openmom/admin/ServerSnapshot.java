package org.openmom.admin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openmom.config.ReflexKind;

/**
 * A picture of one server at a given time: what the Explorer's tree and {@code openmom status}
 * show (shaped like NATS {@code /varz} + {@code /connz}).
 *
 * @param server                 identity, status, endpoints, uptime
 * @param counters               activity since start and current contents
 * @param services               registered Services, by service then user then instance id
 * @param administrationServices registered Administration Services, same order
 * @param reflexes               every Reflex in execution order (empty when the server has none)
 * @param routers                every router, in creation order
 * @param takenAtMillis          when the server took it, epoch milliseconds
 * @param activations            the programs started on demand (Activation lines), in the configuration's order
 */
public record ServerSnapshot(
        ServerInfo server,
        ServerCounters counters,
        List<ServiceInfo> services,
        List<ServiceInfo> administrationServices,
        List<ReflexInfo> reflexes,
        List<RouterInfo> routers,
        long takenAtMillis,
        List<ActivationInfo> activations) {
    public ServerSnapshot {
        activations = activations == null ? List.of() : List.copyOf(activations); // null from a server that predates them
        services = List.copyOf(services);
        administrationServices = List.copyOf(administrationServices);
        reflexes = List.copyOf(reflexes);
        routers = List.copyOf(routers);
    }

    /** A picture without activated programs. */
    public ServerSnapshot(ServerInfo server, ServerCounters counters, List<ServiceInfo> services, List<ServiceInfo> administrationServices,
            List<ReflexInfo> reflexes, List<RouterInfo> routers, long takenAtMillis) {
        this(server, counters, services, administrationServices, reflexes, routers, takenAtMillis, List.of());
    }

    /**
     * The reflexes grouped by kind as the Explorer's tree shows them, kinds in the guide's order;
     * the Activation lines are shown as {@link #activations()} instead.
     */
    public Map<ReflexKind, List<ReflexInfo>> reflexesByKind() {
        Map<ReflexKind, List<ReflexInfo>> byKind = new EnumMap<>(ReflexKind.class);
        for (ReflexInfo reflex : reflexes) {
            if (reflex.kind().isReflex()) {
                byKind.computeIfAbsent(reflex.kind(), k -> new ArrayList<>()).add(reflex);
            }
        }
        return byKind;
    }
}
