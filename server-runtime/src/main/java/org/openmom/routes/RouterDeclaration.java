package org.openmom.routes;

import java.util.List;
import org.openmom.fileformat.ServerLocatorRules.FieldPositions;
import org.openmom.model.ServerLocator;

/**
 * A router: messages of a whole server ({@link ServerRouter}), of one service
 * ({@link ServiceRouter}) or of one event of a service ({@link EventRouter}) are forwarded to the
 * {@code target} server. Carries the comment and blank lines written above its line. Fields hold
 * the text as the person gave it (spaces decoded from {@code +}, {@code -} read as empty).
 */
public sealed interface RouterDeclaration permits ServerRouter, ServiceRouter, EventRouter {
    /** Field numbers shared by the three kinds: the keyword, then the router's name. */
    int KIND = 0;
    int NAME = 1;

    RouterKind kind();

    String name();

    ServerLocator target();

    List<String> comments();

    /** Where the parts of the target stand on this kind's line (the line's order differs from the locator's). */
    default FieldPositions targetFields() {
        return kind().targetFields();
    }

    RouterDeclaration withName(String newName);

    RouterDeclaration withTarget(ServerLocator newTarget);

    /** The line as written in the file. */
    default String toLine() {
        return String.join(" ", RoutesWriter.fields(this));
    }
}
