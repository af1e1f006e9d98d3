package org.openmom.routes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openmom.fileformat.FieldCodec;
import org.openmom.fileformat.TextFiles;
import org.openmom.fileformat.TextWriter;
import org.openmom.model.ServerLocator;

/**
 * Writes a routes file: one router per line, fields separated by one space, spaces as {@code +},
 * an empty field as {@code -}; comments and blank lines kept in place.
 */
public final class RoutesWriter {

    private RoutesWriter() {}

    public static String write(RoutesFile routes) {
        TextWriter out = new TextWriter();
        for (RouterDeclaration router : routes.routers()) {
            out.verbatim(router.comments()).fields(fields(router));
        }
        out.verbatim(routes.trailingComments());
        return out.toText(routes.layout());
    }

    /** Saves atomically: a crash leaves the old file or the new one, never a mix. */
    public static void save(RoutesFile routes, Path file) throws IOException {
        TextFiles.writeAtomically(file, write(routes));
    }

    static String[] fields(RouterDeclaration router) {
        List<String> values = values(router);
        String[] fields = new String[values.size()];
        fields[RouterDeclaration.KIND] = values.get(RouterDeclaration.KIND);
        for (int field = RouterDeclaration.NAME; field < fields.length; field++) {
            fields[field] = FieldCodec.encodeOptional(values.get(field));
        }
        return fields;
    }

    /** The values of the line's fields in the file's order, not yet encoded. */
    static List<String> values(RouterDeclaration router) {
        List<String> values = new ArrayList<>(List.of(router.kind().keyword(), router.name()));
        if (router instanceof ServiceRouter service) {
            values.add(service.serviceName());
        } else if (router instanceof EventRouter event) {
            values.add(event.serviceName());
            values.add(event.eventName());
        }
        ServerLocator target = router.target();
        values.addAll(List.of(target.serverName(), target.serverRole(), target.networkAddress(), target.protocol(),
                target.endpoint()));
        return values;
    }
}
