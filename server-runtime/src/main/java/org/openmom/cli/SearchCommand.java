package org.openmom.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.Running;
import org.openmom.admin.SearchHit;
import org.openmom.admin.SearchQuery;
import org.openmom.admin.SearchSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openmom search}: messages whose body or headers hold a text, on every server the choice names, found by the servers. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search the bodies and headers of the messages of one server or of several, done by the servers.",
            "Looks in every service mailbox, router queue and the server mailbox's waiting seeds (from, to, event and the",
            "body) of every server of the Servers List's ADMIN entry when no --server is given. One hit per line:",
            "SERVER, WHERE, #ID, FROM, TO, EVENT (tab-separated); the count of each server on stderr.",
        })
final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "what to find: plain text (any case), or a Java regular expression with --regex")
    private String text;

    @Option(names = "--regex", description = "TEXT is a regular expression (case-sensitive unless it says (?i))")
    private boolean regex;

    @Option(names = "--max-hits", paramLabel = "N", description = "stop after N hits per server (default: 1000, at most 10000)")
    private int maxHits = SearchQuery.DEFAULT_HITS;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchQuery query = new SearchQuery(text, regex, Math.min(Math.max(maxHits, 1), SearchQuery.MAX_HITS));
        List<AdminSession> sessions = admin.connectAll(err);
        try {
            for (AdminSession session : sessions) {
                String server = session.server().label();
                try (Running<SearchSummary> search = session.search(query, hits -> print(server, hits, out))) {
                    SearchSummary end = AdminChoice.await(search.finished());
                    out.flush();
                    err.println(server + ": " + end.hits() + (end.hits() == 1 ? " hit" : " hits") + " in " + end.scanned() + " messages"
                            + (end.capped() ? " (stopped at " + query.maxHits() + ": give --max-hits or a narrower TEXT)" : ""));
                }
            }
            return ExitCode.OK;
        } finally {
            sessions.forEach(AdminSession::close);
        }
    }

    /** On the session's I/O thread: the lines of one part of the hits. */
    private static void print(String server, List<SearchHit> hits, PrintWriter out) {
        synchronized (out) {
            for (SearchHit hit : hits) {
                out.println(server + "\t" + hit.where() + "\t#" + hit.message().id() + "\t" + hit.message().from() + "\t"
                        + hit.message().to() + "\t" + hit.message().event());
            }
        }
    }
}
