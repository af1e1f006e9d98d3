package org.openmom.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ReflexInfo;
import org.openmom.admin.ServerCounters;
import org.openmom.model.ByteSize;
import org.openmom.admin.ServerInfo;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.ServiceInfo;
import org.openmom.config.ReflexKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code openmom status}: a server, its services, administration services, reflexes and counters. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show a server: identity, status, endpoints, uptime, counters, services, administration services, reflexes.")
final class StatusCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        try (AdminSession session = admin.connect()) {
            print(AdminChoice.await(session.snapshot()), spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    static void print(ServerSnapshot snapshot, PrintWriter out) {
        ServerInfo server = snapshot.server();
        ServerCounters counters = snapshot.counters();
        out.println("Server " + server.label() + "  " + server.status().name().toLowerCase());
        new Table("", "")
                .row("host", server.host() + " (pid " + server.pid() + ")")
                .row("endpoints", server.endpoints().stream().map(Object::toString).collect(Collectors.joining(", ")))
                .row("version", server.version())
                .row("started", Durations.time(server.startedAtMillis()) + " (up " + Durations.duration(server.uptimeMillis()) + ")")
                .row("messages", counters.posted() + " posted, " + counters.delivered() + " delivered, " + counters.acknowledged()
                        + " acknowledged, " + counters.deadLetters() + " dead letters, " + counters.overflows() + " dropped (mailbox full), "
                        + counters.deleted() + " deleted")
                .row("held", counters.mailboxMessages() + " in service mailboxes, " + counters.waitingSeeds()
                        + " persistent seeds waiting")
                .row("memory", ByteSize.format(counters.heldBytes()) + " held of a " + ByteSize.format(counters.memoryBound())
                        + " bound, " + counters.memoryRefusals() + " posts refused at the bound")
                .row("routed", snapshot.routers().size() + " routers, " + counters.routedDuplicates() + " copies received again (not posted twice), "
                        + counters.routedLoops() + " loops dropped")
                .row("calls", counters.strayReplies() + " replies ignored (not from the service called)")
                .row("journal", (counters.storeTroubles().isEmpty() ? "writing" : "FAILING: " + String.join("; ", counters.storeTroubles())
                        + " — free disk space; it tries again every second") + ", " + counters.storeRefusals()
                        + " persistent posts refused (could not be stored)")
                .print(out, "  ");
        services(out, "Services", snapshot.services());
        services(out, "Administration Services", snapshot.administrationServices());
        reflexes(out, snapshot);
        activations(out, snapshot.activations());
        out.flush();
    }

    private static void services(PrintWriter out, String title, List<ServiceInfo> services) {
        out.println();
        out.println(title + " (" + services.size() + ")");
        if (services.isEmpty()) {
            return;
        }
        Table table = new Table("SERVICE/USER", "INSTANCE", "STATUS", "MAILBOX", "IN FLIGHT", "TO HAND OVER", "MODE", "CONNECTED SINCE", "FROM", "ROTATION");
        for (ServiceInfo service : services) {
            table.row(service.who(), service.instanceId(), service.status().name().toLowerCase(), service.mailboxSize(),
                    service.inFlight(), service.handOffBacklog(), service.deliveryMode().name().toLowerCase(), Durations.time(service.connectedSinceMillis()),
                    service.remoteAddress(), service.rotation() == null ? "in" : service.rotation());
        }
        table.print(out, "  ");
    }

    private static void reflexes(PrintWriter out, ServerSnapshot snapshot) {
        out.println();
        out.println("Reflexes (" + snapshot.reflexesByKind().values().stream().mapToInt(List::size).sum() + ")");
        for (Map.Entry<ReflexKind, List<ReflexInfo>> kind : snapshot.reflexesByKind().entrySet()) {
            out.println("  " + kind.getKey().displayName());
            Table table = new Table("#", "SERVICE", "KEY", "VALUE", "STATUS", "FAILURES", "NOTE");
            for (ReflexInfo reflex : kind.getValue()) {
                table.row(reflex.index(), reflex.serviceName(), reflex.key(), reflex.value(),
                        reflex.status().name().toLowerCase(), reflex.failures(), reflex.note());
            }
            table.print(out, "    ");
        }
    }

    /** The programs started on demand; nothing when the configuration has no Activation line. */
    private static void activations(PrintWriter out, List<ActivationInfo> activations) {
        if (activations.isEmpty()) {
            return;
        }
        out.println();
        out.println("Activated programs (" + activations.size() + ")");
        Table table = new Table("SERVICE", "PROGRAM", "MODEL", "MAX", "STATE", "PIDS", "STARTS", "LAST EXIT", "PROBLEM");
        for (ActivationInfo activation : activations) {
            table.row(activation.service(), activation.program(), activation.model(), activation.max(),
                    activation.state().name().toLowerCase(), activation.pids().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                    activation.starts(), ActivationCommand.lastExit(activation), activation.problem());
        }
        table.print(out, "  ");
    }
}
