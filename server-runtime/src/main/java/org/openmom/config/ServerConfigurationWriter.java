package org.openmom.config;

import java.io.IOException;
import java.nio.file.Path;
import org.openmom.fileformat.FieldCodec;
import org.openmom.fileformat.TextFiles;
import org.openmom.fileformat.TextWriter;

/**
 * Writes a server configuration: one reflex per line, fields separated by one space, spaces as
 * {@code +}, an empty field as {@code -}; comments and blank lines kept in place.
 */
public final class ServerConfigurationWriter {

    private ServerConfigurationWriter() {}

    public static String write(ServerConfiguration configuration) {
        TextWriter out = new TextWriter();
        for (ReflexDeclaration reflex : configuration.reflexes()) {
            out.verbatim(reflex.comments()).fields(fields(reflex));
        }
        out.verbatim(configuration.trailingComments());
        return out.toText(configuration.layout());
    }

    /** Saves atomically: a crash leaves the old file or the new one, never a mix. */
    public static void save(ServerConfiguration configuration, Path file) throws IOException {
        TextFiles.writeAtomically(file, write(configuration));
    }

    static String[] fields(ReflexDeclaration reflex) {
        return new String[] {
            reflex.kind().keyword(),
            FieldCodec.encodeOptional(reflex.serviceName()),
            FieldCodec.encodeOptional(reflex.dllPath()),
            FieldCodec.encodeOptional(reflex.key()),
            FieldCodec.encodeOptional(reflex.value()),
        };
    }
}
