package org.openmom.app.explorer.details;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openmom.admin.ServiceInfo;
import org.openmom.admin.Status;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.app.explorer.tree.ExplorerNode;
import org.openmom.app.explorer.tree.NodeKind;
import org.openmom.model.DeliveryMode;
import org.openmom.model.ServiceUser;

/** What the details pane says of a service instance. */
class ServiceDetailsTest {
    private final DetailsModel details = new DetailsModel(BackgroundWork.inCallingThread());

    private static ExplorerNode service(int mailbox, int inFlight, int stillToHandOver) {
        ServiceInfo info = new ServiceInfo(7, ServiceUser.of("SINK", "s"), false, Status.ENABLED, 0, "127.0.0.1:4000", mailbox,
                inFlight, DeliveryMode.CALLBACK, null, stillToHandOver);
        return new ExplorerNode(NodeKind.SERVICE, "s7", "SINK/s", null, info, null, -1);
    }

    @Test
    void aServiceBeingHandedABacklogSaysHowMuchIsStillToCome() {
        details.show(service(2_000, 1_000, 18_408));

        assertThat(details.properties()).contains(new DetailsModel.Property("Mailbox", "2000 messages (1000 in flight)"),
                new DetailsModel.Property("Still to hand over", "18408 waiting messages, as it takes its mailbox's"));
    }

    @Test
    void aServiceWithNothingToComeShowsNoSuchRow() {
        details.show(service(3, 1, 0));

        assertThat(details.properties()).extracting(DetailsModel.Property::name).doesNotContain("Still to hand over");
    }
}
