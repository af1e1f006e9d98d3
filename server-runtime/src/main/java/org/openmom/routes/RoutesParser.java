package org.openmom.routes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.FieldCodec;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.LineReader;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.ServerLocatorRules.FieldPositions;
import org.openmom.fileformat.SourceLine;
import org.openmom.fileformat.TextFiles;
import org.openmom.fileformat.Token;
import org.openmom.model.ServerLocator;

/**
 * Reads a routes file. Every problem of the file is reported, not just the first. A line that
 * cannot be read is kept, unchanged, with the comments, so that saving loses nothing.
 */
public final class RoutesParser {
    private static final List<String> TARGET_FIELDS = List.of("server name", "role", "network address", "protocol", "endpoint");

    private final LineReader lines;
    private final List<RouterDeclaration> routers = new ArrayList<>();

    private RoutesParser(LineReader lines) {
        this.lines = lines;
    }

    public static ParseResult<RoutesFile> read(Path file) throws FileProblemException {
        return parse(file.toString(), TextFiles.read(file));
    }

    public static ParseResult<RoutesFile> parse(String fileName, String text) {
        return new RoutesParser(new LineReader(fileName, text)).parse();
    }

    private ParseResult<RoutesFile> parse() {
        lines.readElementLines(this::readRouterLine);
        RoutesFile routes = new RoutesFile(routers, lines.takeComments(), lines.layout());
        return lines.finish(routes, RoutesValidator.validate(routes));
    }

    private void readRouterLine(SourceLine line) {
        List<Token> tokens = line.tokens();
        Token first = tokens.get(0);
        Optional<RouterKind> kind = RouterKind.fromKeyword(first.text());
        if (kind.isEmpty()) {
            String guess = RouterKind.fromKeywordIgnoringCase(first.text())
                    .map(k -> "write " + k.keyword() + " (letter case matters), or one of ")
                    .orElse("start the line with one of ");
            lines.keepUnreadable(line, first.column(), "unknown router kind '" + first.text() + "'",
                    guess + RouterKind.allKeywords());
            return;
        }
        int count = kind.get().fieldCount();
        if (tokens.size() < count) {
            lines.keepUnreadable(line, line.endColumn(),
                    "missing " + missingFields(kind.get(), tokens.size()) + " in the " + first.text() + " line",
                    "write it as " + kind.get().syntax() + " (- for an empty field, + for a space)");
        } else if (tokens.size() > count) {
            Token extra = tokens.get(count);
            lines.keepUnreadable(line, extra.column(), "unexpected field '" + extra.text() + "' after the endpoint",
                    "remove it, or write spaces inside a field as +");
        } else {
            lines.place(ElementRef.of(routers.size()), line);
            routers.add(router(kind.get(), tokens, lines.takeComments()));
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
        return LineReader.listed(names.subList(present - 1, names.size()));
    }

    private static String field(List<Token> tokens, int field) {
        return FieldCodec.decodeOptional(tokens.get(field).text());
    }

}
