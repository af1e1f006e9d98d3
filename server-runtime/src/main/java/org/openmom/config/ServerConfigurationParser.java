package org.openmom.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.FieldCodec;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.LineReader;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.SourceLine;
import org.openmom.fileformat.TextFiles;
import org.openmom.fileformat.Token;

/**
 * Reads a server configuration. Every problem of the file is reported, not just the first. A line
 * that cannot be read is kept, unchanged, with the comments, so that saving loses nothing.
 */
public final class ServerConfigurationParser {
    static final String SYNTAX = "<Kind> <Service Name> <DLL Path> <Key> <Value>";

    private final LineReader lines;
    private final List<ReflexDeclaration> reflexes = new ArrayList<>();

    private ServerConfigurationParser(LineReader lines) {
        this.lines = lines;
    }

    public static ParseResult<ServerConfiguration> read(Path file) throws FileProblemException {
        return parse(file.toString(), TextFiles.read(file));
    }

    public static ParseResult<ServerConfiguration> parse(String fileName, String text) {
        return new ServerConfigurationParser(new LineReader(fileName, text)).parse();
    }

    private ParseResult<ServerConfiguration> parse() {
        lines.readElementLines(this::readReflexLine);
        ServerConfiguration configuration = new ServerConfiguration(reflexes, lines.takeComments(), lines.layout());
        return lines.finish(configuration, ServerConfigurationValidator.validate(configuration));
    }

    private void readReflexLine(SourceLine line) {
        List<Token> tokens = line.tokens();
        Token first = tokens.get(0);
        Optional<ReflexKind> kind = ReflexKind.fromKeyword(first.text());
        if (kind.isEmpty()) {
            String guess = ReflexKind.fromKeywordIgnoringCase(first.text())
                    .map(k -> "write " + k.keyword() + " (letter case matters), or one of ")
                    .orElse("start the line with one of ");
            lines.keepUnreadable(line, first.column(), "unknown reflex kind '" + first.text() + "'",
                    guess + ReflexKind.allKeywords());
        } else if (tokens.size() < ReflexDeclaration.FIELD_COUNT) {
            lines.keepUnreadable(line, line.endColumn(),
                    "missing " + missingFields(kind.get(), tokens.size()) + " in the " + first.text() + " line",
                    "write it as " + SYNTAX + " (- for an empty field, + for a space)");
        } else if (tokens.size() > ReflexDeclaration.FIELD_COUNT) {
            Token extra = tokens.get(ReflexDeclaration.FIELD_COUNT);
            lines.keepUnreadable(line, extra.column(), "unexpected field '" + extra.text() + "' after the Value",
                    "remove it, or write spaces inside a field as +");
        } else {
            lines.place(ElementRef.of(reflexes.size()), line);
            reflexes.add(new ReflexDeclaration(
                    kind.get(),
                    field(tokens, ReflexDeclaration.SERVICE_NAME),
                    field(tokens, ReflexDeclaration.DLL_PATH),
                    field(tokens, ReflexDeclaration.KEY),
                    field(tokens, ReflexDeclaration.VALUE),
                    lines.takeComments()));
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
        return LineReader.listed(names);
    }

    private static String field(List<Token> tokens, int field) {
        return FieldCodec.decodeOptional(tokens.get(field).text());
    }

}
