package org.openmom.serverslist;

import java.io.IOException;
import java.nio.file.Path;
import org.openmom.fileformat.FieldCodec;
import org.openmom.fileformat.TextFiles;
import org.openmom.fileformat.TextWriter;
import org.openmom.model.ServerLocator;

/** Writes a Servers List in the guide's syntax, comments and blank lines kept in place. */
public final class ServersListWriter {
    static final String ENTRY_MARK = "!";

    private ServersListWriter() {}

    public static String write(ServersList list) {
        TextWriter out = new TextWriter();
        for (ServersListEntry entry : list.entries()) {
            out.verbatim(entry.comments()).fields(headerFields(entry));
            for (ServerDeclaration declaration : entry.declarations()) {
                out.verbatim(declaration.comments()).fields(fields(declaration.locator()));
            }
        }
        out.verbatim(list.trailingComments());
        return out.toText(list.layout());
    }

    /** Saves atomically: a crash leaves the old file or the new one, never a mix. */
    public static void save(ServersList list, Path file) throws IOException {
        TextFiles.writeAtomically(file, write(list));
    }

    static String[] headerFields(ServersListEntry entry) {
        return new String[] {ENTRY_MARK, FieldCodec.encode(entry.serviceName()), FieldCodec.encode(entry.userName())};
    }

    static String[] fields(ServerLocator locator) {
        return new String[] {
            locator.networkAddress(),
            locator.protocol(),
            locator.endpoint(),
            FieldCodec.encode(locator.serverName()),
            locator.serverRole(),
        };
    }
}
