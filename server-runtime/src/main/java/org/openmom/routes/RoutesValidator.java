package org.openmom.routes;

import java.util.ArrayList;
import java.util.List;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.FieldCodec;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.NameRules;
import org.openmom.fileformat.ServerLocatorRules;
import org.openmom.model.NamePattern;

/**
 * The rules of a routes file, checked on the model (so the editor can check what a person
 * types): the router's name is a plain name used once in the file, the service and event names
 * follow the name rules, and the target server follows the rules of a Servers.lst declaration.
 */
public final class RoutesValidator {

    private RoutesValidator() {}

    public static List<Finding> validate(RoutesFile routes) {
        List<Finding> findings = new ArrayList<>();
        List<RouterDeclaration> routers = routes.routers();
        for (int index = 0; index < routers.size(); index++) {
            RouterDeclaration router = routers.get(index);
            ElementRef ref = ElementRef.of(index);
            checkRouterName(routers, index, findings);
            if (router instanceof ServiceRouter service) {
                NameRules.checkName(service.serviceName(), "service name", ref, ServiceRouter.SERVICE_NAME, findings);
            } else if (router instanceof EventRouter event) {
                NameRules.checkName(event.serviceName(), "service name", ref, EventRouter.SERVICE_NAME, findings);
                NameRules.checkName(event.eventName(), "event name", ref, EventRouter.EVENT_NAME, findings);
            }
            ServerLocatorRules.check(router.target(), ref, router.targetFields(), findings);
            checkNotDash(router, ref, findings);
        }
        return findings;
    }

    private static void checkRouterName(List<RouterDeclaration> routers, int index, List<Finding> findings) {
        RouterDeclaration router = routers.get(index);
        String name = router.name();
        ElementRef ref = ElementRef.of(index);
        if (name.isEmpty()) {
            findings.add(Finding.error(ref, RouterDeclaration.NAME, "the router name is empty",
                    "give the router a name, unique in this file"));
            return;
        }
        int before = findings.size();
        NameRules.checkName(name, "router name", ref, RouterDeclaration.NAME, findings);
        if (findings.size() > before) {
            return;
        }
        if (name.contains(NamePattern.WILDCARD)) {
            findings.add(Finding.error(ref, RouterDeclaration.NAME,
                    "the router name '" + name + "' contains *, but a router name is not a pattern",
                    "give the router a plain name, unique in this file"));
            return;
        }
        for (int earlier = 0; earlier < index; earlier++) {
            if (routers.get(earlier).name().equals(name)) {
                findings.add(Finding.error(ref, RouterDeclaration.NAME,
                        "duplicate router name '" + name + "': the " + routers.get(earlier).kind().keyword()
                                + " above (router " + (earlier + 1) + " of the file) already has it",
                        "rename one of the two: router names are unique in a routes file"));
                return;
            }
        }
    }

    /** A field that is exactly {@code -} would be read back as an empty field. */
    private static void checkNotDash(RouterDeclaration router, ElementRef ref, List<Finding> findings) {
        List<String> values = RoutesWriter.values(router);
        for (int field = RouterDeclaration.NAME; field < values.size(); field++) {
            if (FieldCodec.EMPTY.equals(values.get(field))) {
                findings.add(Finding.error(ref, field, "a field cannot be just '-': the file reads it as an empty field",
                        "choose another text"));
            }
        }
    }
}
