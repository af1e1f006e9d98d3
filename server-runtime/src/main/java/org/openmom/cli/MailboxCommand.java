package org.openmom.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.openmom.admin.AdminSession;
import org.openmom.admin.MailboxKind;
import org.openmom.admin.MailboxPage;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.PageOrder;
import org.openmom.admin.ServiceInfo;
import org.openmom.model.ServiceUser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openmom mailbox}: the messages in a service's mailbox, or the server mailbox's seeds. */
@Command(
        name = "mailbox",
        mixinStandardHelpOptions = true,
        description = {
            "List the messages in the mailbox of a service (every instance matching SERVICE[/USER]),",
            "or with --server-mailbox the server's Message Seeds, Persistent Message Seeds, Global Messages",
            "and Global Message Seeds. One line per message: ID, FROM, TO, EVENT, FLAGS, SIZE, POSTED, ROUTE (the servers",
            "it came through, - when posted here), PROPERTIES (NAME=VALUE …, - when none), BODY (its start).",
        })
final class MailboxCommand implements Callable<Integer> {
    private static final int PREVIEW = 40;
    private static final int PROPERTIES_SHOWN = 80;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SERVICE[/USER]", description = "the service (* wildcards; no user: every user)")
    private String service;

    @Option(names = "--server-mailbox", description = "the server mailbox instead of a service's")
    private boolean serverMailbox;

    @Option(names = "--limit", paramLabel = "N", description = "at most N messages per mailbox (default: 50, at most 1000)")
    private int limit = 50;

    @Option(names = "--offset", paramLabel = "N", description = "skip the first N messages (default: 0)")
    private int offset;

    @Option(names = "--newest-first", description = "newest messages first (default: oldest first)")
    private boolean newestFirst;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        if ((service == null) == !serverMailbox) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either SERVICE[/USER] or --server-mailbox");
        }
        if (limit < 1 || offset < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 or more and --offset 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AdminSession session = admin.connect()) {
            for (MailboxRef mailbox : mailboxes(session)) {
                MailboxPage page = AdminChoice.await(session.mailbox(new MailboxQuery(mailbox, offset, Math.min(limit, MailboxQuery.MAX_LIMIT),
                        newestFirst ? PageOrder.NEWEST_FIRST : PageOrder.OLDEST_FIRST, PREVIEW)));
                print(page, title(session, mailbox), out);
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private List<MailboxRef> mailboxes(AdminSession session) {
        List<MailboxRef> mailboxes = new ArrayList<>();
        if (serverMailbox) {
            for (MailboxKind kind : MailboxKind.values()) {
                if (kind.isServerMailbox()) {
                    mailboxes.add(MailboxRef.server(kind));
                }
            }
            return mailboxes;
        }
        ServiceUser pattern = ServiceUser.parse(service);
        List<ServiceInfo> services = AdminChoice.await(session.snapshot()).services();
        for (ServiceInfo info : services) {
            if (pattern.matches(info.who())) {
                mailboxes.add(MailboxRef.service(info.instanceId()));
            }
        }
        if (mailboxes.isEmpty()) {
            throw new UserInputException("no service registered as " + pattern + " on server " + session.server().label()
                    + " — see the services with: openmom status");
        }
        return mailboxes;
    }

    private String title(AdminSession session, MailboxRef mailbox) {
        if (mailbox.kind() != MailboxKind.SERVICE) {
            return mailbox.kind().displayName();
        }
        return "Mailbox of " + service + " (instance " + mailbox.instanceId() + ")";
    }

    private static void print(MailboxPage page, String title, PrintWriter out) {
        int last = page.offset() + page.messages().size();
        out.println(title + ": " + page.total() + (page.total() == 1 ? " message" : " messages")
                + (page.messages().isEmpty() ? "" : ", showing " + (page.offset() + 1) + "-" + last));
        if (page.messages().isEmpty()) {
            return;
        }
        Table table = new Table("ID", "FROM", "TO", "EVENT", "FLAGS", "SIZE", "POSTED", "ROUTE", "PROPERTIES", "BODY");
        for (MessageSummary message : page.messages()) {
            table.row(message.id(), message.from(), message.to(), message.event(), flags(message), message.size(),
                    Durations.time(message.postedAtMillis()), message.route().isEmpty() ? "-" : message.routeText(),
                    properties(message), preview(message));
        }
        table.print(out, "  ");
    }

    private static String flags(MessageSummary message) {
        String flags = message.flags().stream().map(f -> f.name().toLowerCase()).sorted().collect(Collectors.joining(","));
        if (message.inFlight()) {
            flags = flags.isEmpty() ? "in-flight" : flags + ",in-flight";
        }
        return flags.isEmpty() ? "-" : flags;
    }

    /** {@code NAME=VALUE} for each property, printable and cut like the body; - when there are none. */
    private static String properties(MessageSummary message) {
        if (message.properties().isEmpty()) {
            return "-";
        }
        String text = message.properties().entrySet().stream().map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining(" "));
        String shown = printable(text);
        return shown.length() > PROPERTIES_SHOWN ? shown.substring(0, PROPERTIES_SHOWN) + "…" : shown;
    }

    private static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) || c == 0xFFFD ? '.' : c));
        return shown.toString();
    }

    /** The body's start as printable text: control characters shown as '.', cut with '…'. */
    private static String preview(MessageSummary message) {
        String shown = printable(new String(message.preview(), StandardCharsets.UTF_8));
        return message.size() > message.preview().length ? shown + "…" : shown;
    }
}
