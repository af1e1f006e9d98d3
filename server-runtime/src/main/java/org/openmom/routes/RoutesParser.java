package org.openmom.routes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.FieldCodec;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.ServerLocatorRules.FieldPositions;
import org.openmom.fileformat.SourceLine;
import org.openmom.fileformat.SourceMap;
import org.openmom.fileformat.SourceText;
import org.openmom.fileformat.TextFiles;
import org.openmom.fileformat.Token;
import org.openmom.model.ServerLocator;

/**
 * Reads a routes file. Every problem of the file is reported, not just the first. A line that
 * cannot be read is kept, unchanged, with the comments, so that saving loses nothing.
 */
public final class RoutesParser {
    private static final List<String> TARGET_FIELDS = List.of("server name", "role", "network address", "protocol", "endpoint");

    private final SourceText source;
    private final SourceMap sourceMap;
    private final List<Problem> problems = new ArrayList<>();
    private final List<RouterDeclaration> routers = new ArrayList<>();
    private List<String> pendingComments = new ArrayList<>();

    private RoutesParser(SourceText source) {
        this.source = source;
        this.sourceMap = new SourceMap(source.fileName());
    }

    public static ParseResult<RoutesFile> read(Path file) throws FileProblemException {
        return parse(file.toString(), TextFiles.read(file));
    }

    public static ParseResult<RoutesFile> parse(String fileName, String text) {
        return new RoutesParser(SourceText.of(fileName, text)).parse();
    }

    private ParseResult<RoutesFile> parse() {
        for (SourceLine line : source.lines()) {
            if (line.isTrivia()) {
                pendingComments.add(line.text());
            } else {
                readRouterLine(line);
            }
        }
        RoutesFile routes = new RoutesFile(routers, pendingComments, source.layout());
        RoutesValidator.validate(routes).forEach(finding -> problems.add(sourceMap.locate(finding)));
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new ParseResult<>(routes, problems, sourceMap);
    }

    private void readRouterLine(SourceLine line) {
        List<Token> tokens = line.tokens();
        Token first = tokens.get(0);
        Optional<RouterKind> kind = RouterKind.fromKeyword(first.text());
        if (kind.isEmpty()) {
            String guess = RouterKind.fromKeywordIgnoringCase(first.text())
                    .map(k -> "write " + k.keyword() + " (letter case matters), or one of ")
                    .orElse("start the line with one of ");
            keepUnreadable(line, first.column(), "unknown router kind '" + first.text() + "'",
                    guess + RouterKind.allKeywords());
            return;
        }
        int count = kind.get().fieldCount();
        if (tokens.size() < count) {
            keepUnreadable(line, line.endColumn(),
                    "missing " + missingFields(kind.get(), tokens.size()) + " in the " + first.text() + " line",
                    "write it as " + kind.get().syntax() + " (- for an empty field, + for a space)");
        } else if (tokens.size() > count) {
            Token extra = tokens.get(count);
            keepUnreadable(line, extra.column(), "unexpected field '" + extra.text() + "' after the endpoint",
                    "remove it, or write spaces inside a field as +");
        } else {
            sourceMap.put(ElementRef.of(routers.size()), line);
            routers.add(router(kind.get(), tokens, takeComments()));
        }
    }

    private static RouterDeclaration router(RouterKind kind, List<Token> tokens, List<String> comments) {
        String name = field(tokens, RouterDeclaration.NAME);
        ServerLocator target = target(kind, tokens);
        return switch (kind) {
            case SERVER -> new ServerRouter(name, target, comments);
            case SERVICE -> new ServiceRouter(name, field(tokens, ServiceRouter.SERVICE_NAME), target, comments);
            case EVENT -> new EventRouter(name, field(tokens, EventRouter.SERVICE_NAME), field(tokens, EventRouter.EVENT_NAME),
                    target, comments);
        };
    }

    private static ServerLocator target(RouterKind kind, List<Token> tokens) {
        FieldPositions at = kind.targetFields();
        return new ServerLocator(
                field(tokens, at.networkAddress()),
                field(tokens, at.protocol()),
                field(tokens, at.endpoint()),
                field(tokens, at.serverName()),
                field(tokens, at.serverRole()));
    }

    /** "role, network address, protocol and endpoint": the fields from {@code present} on. */
    private static String missingFields(RouterKind kind, int present) {
        List<String> names = new ArrayList<>(List.of("router name"));
        if (kind != RouterKind.SERVER) {
            names.add("service name");
        }
        if (kind == RouterKind.EVENT) {
            names.add("event name");
        }
        names.addAll(TARGET_FIELDS);
        List<String> missing = names.subList(present - 1, names.size());
        if (missing.size() == 1) {
            return missing.get(0);
        }
        return String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
    }

    private static String field(List<Token> tokens, int field) {
        return FieldCodec.decodeOptional(tokens.get(field).text());
    }

    /** Reports the line and keeps its text with the comments: nothing the person wrote is lost. */
    private void keepUnreadable(SourceLine line, int column, String message, String fix) {
        problems.add(Problem.error(source.fileName(), line.number(), column, message, fix));
        pendingComments.add(line.text());
    }

    private List<String> takeComments() {
        List<String> taken = pendingComments;
        pendingComments = new ArrayList<>();
        return taken;
    }
}
