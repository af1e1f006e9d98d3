package org.openmom.examples.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openmom.examples.chat.client.ChatRequest;
import org.openmom.model.ServerLocator;

/** The connect screen's rules without a window. */
class ConnectScreenModelTest {
    @Test
    void onlyTheUserIsNeededAndTheRestMeansTheServersList() {
        ConnectScreenModel screen = new ConnectScreenModel(ChatRequest.throughServersList(""));
        assertThat(screen.validProperty().get()).isFalse();

        screen.user().set("  alice ");
        assertThat(screen.validProperty().get()).isTrue();
        assertThat(screen.request()).isEqualTo(new ChatRequest("alice", new ServerLocator("*", "*", "*", "*", "*")));
    }

    @Test
    void aUserNameIsOneNameTheServerCanAddress() {
        ConnectScreenModel screen = new ConnectScreenModel(ChatRequest.throughServersList("bob"));
        for (String wrong : new String[] {"*", "bo*", "bob/2", "bob+ann", "bob ann", "bob\tann"}) {
            screen.user().set(wrong);
            assertThat(screen.validProperty().get()).as(wrong).isFalse();
            assertThat(screen.user().problemProperty().get()).as(wrong).contains(" — ");
        }
    }

    @Test
    void theFieldsShowTheLastRequest() {
        ChatRequest last = new ChatRequest("carol", new ServerLocator("pc17", "ncacn_ip_tcp", "7411", "Demo", "2"));
        ConnectScreenModel screen = new ConnectScreenModel(last);
        assertThat(screen.user().value()).isEqualTo("carol");
        assertThat(screen.address().server().value()).isEqualTo("Demo");
        assertThat(screen.request()).isEqualTo(last);
    }
}
