package org.openmom.serverslist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.FieldCodec;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.LineReader;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.SourceLine;
import org.openmom.fileformat.TextFiles;
import org.openmom.fileformat.Token;
import org.openmom.model.ServerLocator;

/**
 * Reads a Servers List. Every problem of the file is reported, not just the first. A line that
 * cannot be read is kept, unchanged, with the comments, so that saving the list loses nothing.
 */
public final class ServersListParser {
    private static final String DECLARATION_SYNTAX = "<Network Address> <Protocol> <Endpoint> <Server Name> <Server Role>";
    private static final String ENTRY_SYNTAX = "! <Service Name> <User Name>";
    private static final String[] DECLARATION_FIELDS = {
        "network address", "protocol", "endpoint", "server name", "server role",
    };

    private final LineReader lines;
    private final List<ServersListEntry> entries = new ArrayList<>();
    private EntryUnderConstruction current;

    private ServersListParser(LineReader lines) {
        this.lines = lines;
    }

    public static ParseResult<ServersList> read(Path file) throws FileProblemException {
        return parse(file.toString(), TextFiles.read(file));
    }

    public static ParseResult<ServersList> parse(String fileName, String text) {
        return new ServersListParser(new LineReader(fileName, text)).parse();
    }

    private ParseResult<ServersList> parse() {
        lines.readElementLines(line -> {
            if (line.tokens().get(0).text().startsWith(ServersListWriter.ENTRY_MARK)) {
                readEntryLine(line);
            } else {
                readDeclarationLine(line);
            }
        });
        finishEntry();
        ServersList list = new ServersList(entries, lines.takeComments(), lines.layout());
        return lines.finish(list, ServersListValidator.validate(list));
    }

    private void readEntryLine(SourceLine line) {
        List<Token> tokens = line.tokens();
        Token mark = tokens.get(0);
        if (!mark.text().equals(ServersListWriter.ENTRY_MARK)) {
            lines.keepUnreadable(line, mark.column() + 1, "no space after '!' in '" + mark.text() + "'",
                    "write the entry as " + ENTRY_SYNTAX);
        } else if (tokens.size() < 3) {
            lines.keepUnreadable(line, line.endColumn(),
                    "missing " + (tokens.size() == 1 ? "service name and user name" : "user name") + " in the entry",
                    "write the entry as " + ENTRY_SYNTAX + " (* for any)");
        } else if (tokens.size() > 3) {
            lines.keepUnreadable(line, tokens.get(3).column(), "unexpected field '" + tokens.get(3).text() + "' after the user name",
                    "remove it, or write spaces inside names as +");
        } else {
            finishEntry();
            current = new EntryUnderConstruction(
                    FieldCodec.decode(tokens.get(1).text()), FieldCodec.decode(tokens.get(2).text()), lines.takeComments());
            lines.place(ElementRef.of(entries.size()), line);
        }
    }

    private void readDeclarationLine(SourceLine line) {
        List<Token> tokens = line.tokens();
        if (current == null) {
            lines.keepUnreadable(line, tokens.get(0).column(), "server declaration before any entry",
                    "add an entry line " + ENTRY_SYNTAX + " above it");
        } else if (tokens.size() < ServerDeclaration.FIELD_COUNT) {
            lines.keepUnreadable(line, line.endColumn(), "missing " + DECLARATION_FIELDS[tokens.size()] + " in the server declaration",
                    "write it as " + DECLARATION_SYNTAX + " (* where any will do)");
        } else if (tokens.size() > ServerDeclaration.FIELD_COUNT) {
            Token extra = tokens.get(ServerDeclaration.FIELD_COUNT);
            lines.keepUnreadable(line, extra.column(), "unexpected field '" + extra.text() + "' after the server role",
                    "remove it, or write spaces inside names as +");
        } else {
            ServerLocator locator = new ServerLocator(
                    tokens.get(ServerDeclaration.NETWORK_ADDRESS).text(),
                    tokens.get(ServerDeclaration.PROTOCOL).text(),
                    tokens.get(ServerDeclaration.ENDPOINT).text(),
                    FieldCodec.decode(tokens.get(ServerDeclaration.SERVER_NAME).text()),
                    tokens.get(ServerDeclaration.SERVER_ROLE).text());
            lines.place(ElementRef.of(entries.size(), current.declarations.size()), line);
            current.declarations.add(new ServerDeclaration(locator, lines.takeComments()));
        }
    }


    private void finishEntry() {
        if (current != null) {
            entries.add(new ServersListEntry(current.serviceName, current.userName, current.declarations, current.comments));
            current = null;
        }
    }

    private static final class EntryUnderConstruction {
        final String serviceName;
        final String userName;
        final List<String> comments;
        final List<ServerDeclaration> declarations = new ArrayList<>();

        EntryUnderConstruction(String serviceName, String userName, List<String> comments) {
            this.serviceName = serviceName;
            this.userName = userName;
            this.comments = comments;
        }
    }
}
