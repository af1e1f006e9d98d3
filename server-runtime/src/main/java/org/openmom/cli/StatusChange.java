package org.openmom.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ReflexInfo;
import org.openmom.admin.ServerInfo;
import org.openmom.admin.Status;
import org.openmom.model.ServiceUser;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/**
 * What {@code openmom enable} and {@code openmom disable} share: the target ({@code server},
 * {@code service S/U}, {@code reflex NAME}) and the change.
 */
abstract class StatusChange implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "server, service or reflex")
    String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME",
            description = "service: SERVICE/USER (* wildcards); reflex: its number (see openmom status), class or service name")
    String name;

    @CommandLine.Mixin
    AdminChoice admin;

    abstract Status status();

    @Override
    public Integer call() {
        String verb = status() == Status.ENABLED ? "enabled" : "disabled";
        switch (what) {
            case "server":
                if (name != null) {
                    throw usage("'server' takes no name: the server is the one connected to");
                }
                break;
            case "service":
            case "reflex":
                if (name == null) {
                    throw usage("give the " + what + "'s name: " + what + (what.equals("service") ? " SERVICE/USER" : " NAME"));
                }
                break;
            default:
                throw usage("unknown target '" + what + "': use server, service SERVICE/USER or reflex NAME");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AdminSession session = admin.connect()) {
            String server = session.server().label();
            if (what.equals("server")) {
                ServerInfo info = AdminChoice.await(session.setServerStatus(status()));
                out.println("server " + info.label() + " " + info.status().name().toLowerCase());
            } else if (what.equals("service")) {
                ServiceUser pattern = ServiceUser.parse(name);
                int changed = AdminChoice.await(session.setServicesStatus(pattern, status()));
                if (changed == 0 && AdminChoice.await(session.snapshot()).services().stream().noneMatch(s -> pattern.matches(s.who()))) {
                    throw new UserInputException("no service registered as " + pattern + " on server " + server
                            + " — see the services with: openmom status");
                }
                out.println(verb + " " + changed + (changed == 1 ? " instance" : " instances") + " of " + pattern + " on server " + server);
            } else {
                ReflexInfo reflex = AdminChoice.await(session.setReflexStatus(reflexIndex(session, server), status()));
                out.println("reflex " + reflex.index() + " (" + reflex.declaration() + ") " + reflex.status().name().toLowerCase()
                        + " on server " + server);
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** A reflex by number, or by its Value (class name) or Service Name when that names exactly one. */
    private int reflexIndex(AdminSession session, String server) {
        List<ReflexInfo> reflexes = AdminChoice.await(session.snapshot()).reflexes();
        if (name.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(name);
        }
        List<ReflexInfo> named = new ArrayList<>();
        for (ReflexInfo reflex : reflexes) {
            if (reflex.value().equals(name) || reflex.serviceName().equals(name)) {
                named.add(reflex);
            }
        }
        if (named.size() == 1) {
            return named.get(0).index();
        }
        throw new UserInputException((named.isEmpty() ? "no reflex named '" + name + "'" : named.size() + " reflexes are named '" + name + "'")
                + " on server " + server + " — give its number, as 'openmom status' lists them");
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    @CommandLine.Command(name = "enable", mixinStandardHelpOptions = true,
            description = "Enable the server, a service (every instance matching SERVICE/USER) or a reflex.")
    static final class Enable extends StatusChange {
        @Override
        Status status() {
            return Status.ENABLED;
        }
    }

    @CommandLine.Command(name = "disable", mixinStandardHelpOptions = true,
            description = {
                "Disable the server (it then only routes), a service (it gets no new messages) or a reflex (it is skipped).",
            })
    static final class Disable extends StatusChange {
        @Override
        Status status() {
            return Status.DISABLED;
        }
    }
}
