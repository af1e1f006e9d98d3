package org.openmom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.RouterInfo;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.TextFiles;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesParser;
import org.openmom.routes.RoutesWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code openmom routers list|add|remove|load|save}: the routers of a running server, created
 * from the lines of a routes file (docs/file-formats.md) and saved as one.
 */
@Command(
        name = "routers",
        mixinStandardHelpOptions = true,
        description = "List, create and remove the routers of a running server; load and save them as a routes file.",
        subcommands = {
            RoutersCommand.ListRouters.class,
            RoutersCommand.AddRouter.class,
            RoutersCommand.RemoveRouter.class,
            RoutersCommand.LoadRouters.class,
            RoutersCommand.SaveRouters.class,
        })
final class RoutersCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, add, remove, load or save.");
    }

    /** {@code NAME<TAB>KIND<TAB>WHAT<TAB>TARGET<TAB>STATE<TAB>forwarded N<TAB>waiting N}: one line a script can cut. */
    static String line(RouterInfo router) {
        return String.join("\t", router.name(), router.kind().name().toLowerCase(Locale.ROOT), router.what(), router.targetLabel(),
                router.state(), "forwarded " + router.forwarded(), "waiting " + router.waiting());
    }

    /** What every subcommand shares: the server to talk to and where to print. */
    abstract static class RoutersSubcommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        AdminChoice admin;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** Sends lines of a routes file to the server and prints each router created. */
        static List<RouterInfo> create(AdminSession session, String routesText, PrintWriter out) {
            List<RouterInfo> created = AdminChoice.await(session.addRouters(routesText));
            for (RouterInfo router : created) {
                out.println("created router " + router.name() + " on server " + session.server().label() + ": " + router.line());
            }
            out.flush();
            return created;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One router per line: NAME, KIND (server, service, event), WHAT it routes, TARGET, STATE, forwarded N, waiting N (tab-separated).")
    static final class ListRouters extends RoutersSubcommand {
        @Override
        public Integer call() {
            try (AdminSession session = admin.connect()) {
                List<RouterInfo> routers = AdminChoice.await(session.routers());
                if (routers.isEmpty()) {
                    spec.commandLine().getErr().println("server " + session.server().label() + " has no routers");
                }
                routers.forEach(router -> out().println(line(router)));
                out().flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {
                "Create a router from the words of one routes file line, e.g.",
                "  openmom routers add ServerRouter R1 B 1 otherhost ncacn_ip_tcp 7411",
                "(+ for a space inside a field, - for an empty one). It connects in the background: see 'openmom routers list'.",
            })
    static final class AddRouter extends RoutersSubcommand {
        @Parameters(arity = "1..*", paramLabel = "WORD",
                description = "ServerRouter NAME SERVER ROLE HOST PROTOCOL ENDPOINT, ServiceRouter NAME SERVICE SERVER …, or EventRouter NAME SERVICE EVENT SERVER …")
        private List<String> words;

        @Override
        public Integer call() {
            try (AdminSession session = admin.connect()) {
                if (create(session, String.join(" ", words), out()).isEmpty()) {
                    throw new UserInputException("routers add: no router in '" + String.join(" ", words)
                            + "' — give the words of one routes file line: ServerRouter, ServiceRouter or EventRouter, then its fields");
                }
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a router; the messages waiting in it are routed again as if just posted.")
    static final class RemoveRouter extends RoutersSubcommand {
        @Parameters(paramLabel = "NAME", description = "the router's name, as 'openmom routers list' shows it")
        private String name;

        @Override
        public Integer call() {
            try (AdminSession session = admin.connect()) {
                RouterInfo removed = AdminChoice.await(session.removeRouter(name));
                out().println("removed router " + removed.name() + " from server " + session.server().label()
                        + (removed.waiting() == 0 ? "" : ": " + ProblemReport.count(removed.waiting(), "message") + " waiting in it routed again"));
                out().flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {
                "Create every router of a routes file, or none: the file is checked here first (every problem as",
                "FILE:LINE:COLUMN: what — fix, as 'openmom check routes' prints them), then the server refuses a name it has already.",
            })
    static final class LoadRouters extends RoutersSubcommand {
        @Parameters(paramLabel = "FILE", description = "the routes file (relative names: $OPENMOM_HOME/files first, as for 'openmom server -x')")
        private String file;

        @Override
        public Integer call() throws FileProblemException {
            Path routes = admin.home().resolveFile(file);
            String text = TextFiles.read(routes);
            ParseResult<RoutesFile> parsed = RoutesParser.parse(routes.toString(), text);
            if (parsed.hasErrors()) {
                ProblemReport.printErrors(parsed, spec.commandLine().getErr());
                return ExitCode.INVALID_INPUT;
            }
            try (AdminSession session = admin.connect()) {
                // the file's own text: a problem the server finds names the file's line
                create(session, text, out());
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = "Write the server's routers to a routes file (replaced atomically), to load with 'openmom server -x' or 'openmom routers load'.")
    static final class SaveRouters extends RoutersSubcommand {
        @Parameters(paramLabel = "FILE", description = "the routes file to write")
        private Path file;

        @Override
        public Integer call() {
            try (AdminSession session = admin.connect()) {
                List<RouterInfo> routers = AdminChoice.await(session.routers());
                RoutesFile routes = new RoutesFile(routers.stream().map(RouterInfo::declaration).toList());
                try {
                    RoutesWriter.save(routes, file);
                } catch (IOException e) {
                    throw new UserInputException(file + ": cannot write the routes file (" + e.getMessage()
                            + ") — check the folder exists and is writable");
                }
                out().println("saved " + ProblemReport.count(routers.size(), "router") + " of server " + session.server().label()
                        + " to " + file);
                out().flush();
                return ExitCode.OK;
            }
        }
    }
}
