package org.openmom.config;

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
import org.openmom.fileformat.SourceLine;
import org.openmom.fileformat.SourceMap;
import org.openmom.fileformat.SourceText;
import org.openmom.fileformat.TextFiles;
import org.openmom.fileformat.Token;

/**
 * Reads a server configuration. Every problem of the file is reported, not just the first. A line
 * that cannot be read is kept, unchanged, with the comments, so that saving loses nothing.
 */
public final class ServerConfigurationParser {
    static final String SYNTAX = "<Kind> <Service Name> <DLL Path> <Key> <Value>";

    private final SourceText source;
    private final SourceMap sourceMap;
    private final List<Problem> problems = new ArrayList<>();
    private final List<ReflexDeclaration> reflexes = new ArrayList<>();
    private List<String> pendingComments = new ArrayList<>();

    private ServerConfigurationParser(SourceText source) {
        this.source = source;
        this.sourceMap = new SourceMap(source.fileName());
    }

    public static ParseResult<ServerConfiguration> read(Path file) throws FileProblemException {
        return parse(file.toString(), TextFiles.read(file));
    }

    public static ParseResult<ServerConfiguration> parse(String fileName, String text) {
        return new ServerConfigurationParser(SourceText.of(fileName, text)).parse();
    }

    private ParseResult<ServerConfiguration> parse() {
        for (SourceLine line : source.lines()) {
            if (line.isTrivia()) {
                pendingComments.add(line.text());
            } else {
                readReflexLine(line);
            }
        }
        ServerConfiguration configuration = new ServerConfiguration(reflexes, pendingComments, source.layout());
        ServerConfigurationValidator.validate(configuration).forEach(finding -> problems.add(sourceMap.locate(finding)));
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new ParseResult<>(configuration, problems, sourceMap);
    }

    private void readReflexLine(SourceLine line) {
        List<Token> tokens = line.tokens();
        Token first = tokens.get(0);
        Optional<ReflexKind> kind = ReflexKind.fromKeyword(first.text());
        if (kind.isEmpty()) {
            String guess = ReflexKind.fromKeywordIgnoringCase(first.text())
                    .map(k -> "write " + k.keyword() + " (letter case matters), or one of ")
                    .orElse("start the line with one of ");
            keepUnreadable(line, first.column(), "unknown reflex kind '" + first.text() + "'",
                    guess + ReflexKind.allKeywords());
        } else if (tokens.size() < ReflexDeclaration.FIELD_COUNT) {
            keepUnreadable(line, line.endColumn(),
                    "missing " + missingFields(kind.get(), tokens.size()) + " in the " + first.text() + " line",
                    "write it as " + SYNTAX + " (- for an empty field, + for a space)");
        } else if (tokens.size() > ReflexDeclaration.FIELD_COUNT) {
            Token extra = tokens.get(ReflexDeclaration.FIELD_COUNT);
            keepUnreadable(line, extra.column(), "unexpected field '" + extra.text() + "' after the Value",
                    "remove it, or write spaces inside a field as +");
        } else {
            sourceMap.put(ElementRef.of(reflexes.size()), line);
            reflexes.add(new ReflexDeclaration(
                    kind.get(),
                    field(tokens, ReflexDeclaration.SERVICE_NAME),
                    field(tokens, ReflexDeclaration.DLL_PATH),
                    field(tokens, ReflexDeclaration.KEY),
                    field(tokens, ReflexDeclaration.VALUE),
                    takeComments()));
        }
    }

    /** "Key (Event Name) and Value (Function Name)": the fields from {@code present} on. */
    private static String missingFields(ReflexKind kind, int present) {
        List<String> names = new ArrayList<>();
        for (int field = present; field < ReflexDeclaration.FIELD_COUNT; field++) {
            names.add(switch (field) {
                case ReflexDeclaration.SERVICE_NAME -> "Service Name";
                case ReflexDeclaration.DLL_PATH -> "DLL Path";
                case ReflexDeclaration.KEY -> "Key (" + kind.keyLabel() + ")";
                default -> "Value (" + kind.valueLabel() + ")";
            });
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
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
