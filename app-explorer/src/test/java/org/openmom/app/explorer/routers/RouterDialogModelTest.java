package org.openmom.app.explorer.routers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openmom.model.ProtocolSequence;
import org.openmom.routes.RouterKind;

/** The Create … Router dialog without a window: checked as typed by the routes file's rules, and the line it sends. */
class RouterDialogModelTest {
    private static RouterDialogModel dialog(RouterKind kind) {
        return new RouterDialogModel(kind, "Demo/1 at local:Demo.1", Set.of("ToParis"), RouterDialogModel.defaultTarget());
    }

    private static void target(RouterDialogModel dialog, String server, String role, String host, ProtocolSequence protocol,
            String endpoint) {
        dialog.target().server().set(server);
        dialog.target().role().set(role);
        dialog.target().protocol().set(protocol);
        dialog.target().host().set(host);
        dialog.target().endpoint().set(endpoint);
    }

    @Test
    void aServerRouterIsOneLineOfARoutesFile() {
        RouterDialogModel dialog = dialog(RouterKind.SERVER);
        assertThat(dialog.validProperty().get()).isFalse();
        assertThat(dialog.asksService()).isFalse();

        dialog.name().set("To Rome");
        target(dialog, "Rome", "2", "rome.example", ProtocolSequence.TCP, "7411");

        assertThat(dialog.validProperty().get()).isTrue();
        assertThat(dialog.line()).isEqualTo("ServerRouter To+Rome Rome 2 rome.example ncacn_ip_tcp 7411");
    }

    @Test
    void eachFieldSaysWhatIsWrongAsItIsTyped() {
        RouterDialogModel dialog = dialog(RouterKind.EVENT);
        target(dialog, "Rome", "1", "*", ProtocolSequence.LOCAL, "*");
        assertThat(dialog.name().problemProperty().get()).isEqualTo("the router name is empty — give the router a name, unique in this file");

        dialog.name().set("Orders*");
        assertThat(dialog.name().problemProperty().get()).startsWith("the router name 'Orders*' contains *, but a router name is not a pattern");
        dialog.name().set("ToParis");
        assertThat(dialog.name().problemProperty().get())
                .isEqualTo("a router named 'ToParis' already exists on Demo/1 at local:Demo.1 — choose another name, or delete that router first");
        dialog.name().set("OrdersToRome");
        dialog.service().set("Orders+Billing");
        assertThat(dialog.service().problemProperty().get()).startsWith("the service name 'Orders+Billing' contains '+'");
        assertThat(dialog.event().problemProperty().get()).startsWith("the event name is empty");
        assertThat(dialog.validProperty().get()).isFalse();

        dialog.service().set("Orders");
        dialog.event().set("NewOrder");

        assertThat(dialog.validProperty().get()).isTrue();
        assertThat(dialog.line()).isEqualTo("EventRouter OrdersToRome Orders NewOrder Rome 1 * ncalrpc *");
    }

    @Test
    void theTargetIsCheckedByTheRulesOfADeclaration() {
        RouterDialogModel dialog = dialog(RouterKind.SERVICE);
        dialog.name().set("BillingToRome");
        dialog.service().set("Billing");
        target(dialog, "Rome", "x", "rome.example", ProtocolSequence.TCP, "port");

        assertThat(dialog.target().role().problemProperty().get()).startsWith("the server role 'x' is neither * nor a whole number ≥ 1");
        assertThat(dialog.target().endpoint().problemProperty().get()).isNotEmpty();
        assertThat(dialog.validProperty().get()).isFalse();

        target(dialog, "Rome", "1", "rome.example", ProtocolSequence.TCP, "7410");

        assertThat(dialog.validProperty().get()).isTrue();
        assertThat(dialog.line()).isEqualTo("ServiceRouter BillingToRome Billing Rome 1 rome.example ncacn_ip_tcp 7410");
    }
}
