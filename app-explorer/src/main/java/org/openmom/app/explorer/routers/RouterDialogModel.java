package org.openmom.app.explorer.routers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.openmom.app.common.address.ServerAddressModel;
import org.openmom.app.common.form.Form;
import org.openmom.app.common.form.FormField;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.ServerLocatorRules.Purpose;
import org.openmom.model.ServerLocator;
import org.openmom.routes.EventRouter;
import org.openmom.routes.RouterDeclaration;
import org.openmom.routes.RouterKind;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesValidator;
import org.openmom.routes.ServerRouter;
import org.openmom.routes.ServiceRouter;

/**
 * The "Create Server/Service/Event Router…" dialog without its controls: the router's name, the
 * routed service and event (as the kind needs), and the target server in the common server-address
 * form. Checked as they are typed by the rules of a routes file ({@link RoutesValidator}, whose
 * target rules are the form's {@link Purpose#DECLARATION}), and against the routers the server
 * already has; {@link #line()} is the line of a routes file the server is sent.
 */
public final class RouterDialogModel {
    private final RouterKind kind;
    private final String serverLabel;
    private final Set<String> existingNames;
    private final FormField<String> name;
    private final FormField<String> service;
    private final FormField<String> event;
    private final ServerAddressModel target;
    private final Form form;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /**
     * @param serverLabel   the server the router is created on, as the tree names it
     * @param existingNames the names of the routers it has already
     * @param lastTarget    the target shown at first (the last one chosen, or {@link #defaultTarget()})
     */
    public RouterDialogModel(RouterKind kind, String serverLabel, Set<String> existingNames, ServerLocator lastTarget) {
        this.kind = kind;
        this.serverLabel = serverLabel;
        this.existingNames = Set.copyOf(existingNames);
        name = new FormField<>("Router Name", "", "A name for the router, unique on this server.");
        service = new FormField<>("Service", "", kind == RouterKind.EVENT
                ? "The service whose event goes to the target server."
                : "The service whose messages go to the target server instead of being delivered here.");
        event = new FormField<>("Event", "", "The event of the service that goes to the target server.");
        target = new ServerAddressModel(Purpose.DECLARATION, lastTarget);
        form = new Form(this::problems, List.of(name, service, event));
        form.check();
        valid.bind(Bindings.and(form.validProperty(), target.validProperty()));
    }

    /** What the form shows at first: a server on another computer, over TCP/IP, its port found automatically. */
    public static ServerLocator defaultTarget() {
        return new ServerLocator("", "ncacn_ip_tcp", ServerLocator.ANY, "", "1");
    }

    public RouterKind kind() {
        return kind;
    }

    /** The server the router is created on. */
    public String serverLabel() {
        return serverLabel;
    }

    public FormField<String> name() {
        return name;
    }

    /** The routed service: asked for service and event routers only. */
    public FormField<String> service() {
        return service;
    }

    /** The routed event: asked for event routers only. */
    public FormField<String> event() {
        return event;
    }

    public boolean asksService() {
        return kind != RouterKind.SERVER;
    }

    public boolean asksEvent() {
        return kind == RouterKind.EVENT;
    }

    /** Where the router forwards to. */
    public ServerAddressModel target() {
        return target;
    }

    /** Whether OK can be pressed. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The router as typed (fields stripped). */
    public RouterDeclaration declaration() {
        String routerName = name.value().strip();
        ServerLocator where = target.value();
        switch (kind) {
            case SERVICE:
                return new ServiceRouter(routerName, service.value().strip(), where);
            case EVENT:
                return new EventRouter(routerName, service.value().strip(), event.value().strip(), where);
            default:
                return new ServerRouter(routerName, where);
        }
    }

    /** The router as a line of a routes file: what OK sends to the server. */
    public String line() {
        return declaration().toLine();
    }

    /** The routes file's rules for the name, service and event (the address form checks the target). */
    private Map<FormField<?>, String> problems() {
        Map<FormField<?>, String> problems = new LinkedHashMap<>();
        RouterDeclaration router = declaration();
        for (Finding finding : RoutesValidator.validate(new RoutesFile(List.of(router)))) {
            FormField<String> field = fieldAt(finding.field());
            if (field != null && finding.isError()) {
                problems.putIfAbsent(field, finding.message() + " — " + finding.fix());
            }
        }
        if (existingNames.contains(router.name())) {
            problems.putIfAbsent(name, "a router named '" + router.name() + "' already exists on " + serverLabel
                    + " — choose another name, or delete that router first");
        }
        return problems;
    }

    /** The field of this kind's routes-file line at {@code position}, or null for the target's fields. */
    private FormField<String> fieldAt(int position) {
        if (position == RouterDeclaration.NAME) {
            return name;
        }
        if (asksService() && position == ServiceRouter.SERVICE_NAME) {
            return service;
        }
        if (asksEvent() && position == EventRouter.EVENT_NAME) {
            return event;
        }
        return null;
    }
}
