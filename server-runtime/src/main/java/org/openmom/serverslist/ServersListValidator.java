package org.openmom.serverslist;

import java.util.ArrayList;
import java.util.List;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.NameRules;
import org.openmom.fileformat.ServerLocatorRules;
import org.openmom.fileformat.ServerLocatorRules.FieldPositions;

/**
 * The rules of a Servers List, checked on the model (so the editor can check what a person
 * types): the guide's field rules as errors, and as warnings the mistakes the original never
 * pointed out — an entry that can never be used, a duplicate declaration, an empty entry.
 */
public final class ServersListValidator {
    private static final FieldPositions DECLARATION_FIELDS = new FieldPositions(
            ServerDeclaration.NETWORK_ADDRESS,
            ServerDeclaration.PROTOCOL,
            ServerDeclaration.ENDPOINT,
            ServerDeclaration.SERVER_NAME,
            ServerDeclaration.SERVER_ROLE);

    private ServersListValidator() {}

    public static List<Finding> validate(ServersList list) {
        List<Finding> findings = new ArrayList<>();
        List<ServersListEntry> entries = list.entries();
        for (int index = 0; index < entries.size(); index++) {
            ServersListEntry entry = entries.get(index);
            ElementRef ref = ElementRef.of(index);
            NameRules.checkName(entry.serviceName(), "service name", ref, ServersListEntry.SERVICE_NAME, findings);
            NameRules.checkName(entry.userName(), "user name", ref, ServersListEntry.USER_NAME, findings);
            checkShadowing(entries, index, findings);
            checkDeclarations(entry, index, findings);
        }
        return findings;
    }

    private static void checkShadowing(List<ServersListEntry> entries, int index, List<Finding> findings) {
        ServersListEntry entry = entries.get(index);
        for (int earlier = 0; earlier < index; earlier++) {
            ServersListEntry general = entries.get(earlier);
            if (entry.isShadowedBy(general)) {
                String who = entry.serviceName().equals("*") ? "services" : entry.serviceName();
                findings.add(Finding.warning(ElementRef.of(index), ServersListEntry.SERVICE_NAME,
                        "'" + general.headerLine() + "' above '" + entry.headerLine() + "': " + who
                                + " will never use " + (who.equals("services") ? "this" : "its own") + " entry",
                        "move '" + entry.headerLine() + "' up, above '" + general.headerLine() + "'"));
                return;
            }
        }
    }

    private static void checkDeclarations(ServersListEntry entry, int index, List<Finding> findings) {
        List<ServerDeclaration> declarations = entry.declarations();
        if (declarations.isEmpty()) {
            findings.add(Finding.warning(ElementRef.of(index), ServersListEntry.SERVICE_NAME,
                    "the entry '" + entry.headerLine() + "' has no server declaration: the services it matches find no server",
                    "add a server declaration below it, or remove the entry"));
        }
        for (int child = 0; child < declarations.size(); child++) {
            ElementRef ref = ElementRef.of(index, child);
            ServerLocatorRules.check(declarations.get(child).locator(), ref, DECLARATION_FIELDS, findings);
            int first = indexOfLocator(declarations, child);
            if (first < child) {
                findings.add(Finding.warning(ref, ServerDeclaration.NETWORK_ADDRESS,
                        "duplicate server declaration: '" + declarations.get(child).toLine()
                                + "' is already declaration " + (first + 1) + " of this entry",
                        "remove one of the two"));
            }
        }
    }

    private static int indexOfLocator(List<ServerDeclaration> declarations, int child) {
        for (int i = 0; i < child; i++) {
            if (declarations.get(i).locator().equals(declarations.get(child).locator())) {
                return i;
            }
        }
        return child;
    }
}
