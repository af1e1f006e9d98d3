package org.openmom.app.common.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openmom.fileformat.ServerLocatorRules.Purpose;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;

/** The server-address form's rules and readings, without a window. */
class ServerAddressModelTest {
    private static final ServerLocator EVERY_SERVER_OF_THE_LIST = new ServerLocator("*", "*", "*", "*", "*");

    @Test
    void searchingShowsAnyRoleAsZeroAndAnAutomaticEndPointAsBlank() {
        ServerAddressModel form = new ServerAddressModel(Purpose.SEARCH, EVERY_SERVER_OF_THE_LIST);

        assertThat(form.server().value()).isEqualTo("*");
        assertThat(form.role().value()).isEqualTo("0");
        assertThat(form.host().value()).isEqualTo("*");
        assertThat(form.protocol().value()).isEqualTo(ProtocolSequence.ALL);
        assertThat(form.endpoint().value()).isEmpty();
        assertThat(form.isValid()).isTrue();
        assertThat(form.value()).isEqualTo(EVERY_SERVER_OF_THE_LIST);
    }

    @Test
    void blankFieldsMeanAnyOrAutomatic() {
        ServerAddressModel form = new ServerAddressModel(Purpose.SEARCH, EVERY_SERVER_OF_THE_LIST);

        form.server().set(" ");
        form.role().set("");
        form.host().set("");

        assertThat(form.isValid()).isTrue();
        assertThat(form.value()).isEqualTo(EVERY_SERVER_OF_THE_LIST);
    }

    @Test
    void fieldsAreCheckedAsTheyAreTypedWithTheFixUnderTheField() {
        ServerAddressModel form = new ServerAddressModel(Purpose.SEARCH, EVERY_SERVER_OF_THE_LIST);

        form.protocol().set(ProtocolSequence.TCP);
        form.endpoint().set("http");
        form.role().set("two");

        assertThat(form.isValid()).isFalse();
        assertThat(form.endpoint().noteProperty().get())
                .isEqualTo("the TCP endpoint 'http' is not a port number — give a port from 1 to 65535, or leave it blank to find the server automatically");
        assertThat(form.role().problemProperty().get()).startsWith("the server role 'two' is neither * nor a whole number ≥ 1");
        assertThat(form.server().noteProperty().get()).isEqualTo(form.server().hintProperty().get());

        form.endpoint().set("7410");
        form.role().set("2");
        assertThat(form.isValid()).isTrue();
        assertThat(form.value()).isEqualTo(new ServerLocator("*", "ncacn_ip_tcp", "7410", "*", "2"));
    }

    @Test
    void serverNamesFollowTheServersListRulesSpacesYesPlusNo() {
        ServerAddressModel form = new ServerAddressModel(Purpose.SEARCH, EVERY_SERVER_OF_THE_LIST);

        form.server().set("Chat Server");
        assertThat(form.isValid()).isTrue();

        form.server().set("C++");
        assertThat(form.server().problemProperty().get()).contains("contains '+', which is not allowed in names");
    }

    @Test
    void aDeclarationKeepsTheFilesRoleRuleAndOffersEveryProtocolOfTheGuide() {
        ServerAddressModel form = new ServerAddressModel(Purpose.DECLARATION,
                new ServerLocator("pc17", "ncacn_nb_nb", "*", "Chat Server", "*"));

        assertThat(form.protocolChoices()).contains(ProtocolSequence.NETBIOS_NETBEUI, ProtocolSequence.ALL);
        assertThat(form.isValid()).isTrue();
        form.role().set("0");

        assertThat(form.role().problemProperty().get()).startsWith("the server role '0' is neither * nor a whole number ≥ 1");
    }

    @Test
    void aLocalDeclarationHasAStarHostThatCannotBeChanged() {
        ServerAddressModel form = new ServerAddressModel(Purpose.DECLARATION, new ServerLocator("db1", "ncacn_ip_tcp", "*", "*", "*"));

        form.protocol().set(ProtocolSequence.LOCAL);
        assertThat(form.host().value()).isEqualTo("*");
        assertThat(form.hostLockedProperty().get()).isTrue();
        assertThat(form.isValid()).isTrue();

        form.protocol().set(ProtocolSequence.TCP);
        assertThat(form.host().value()).isEmpty();
        assertThat(form.hostLockedProperty().get()).isFalse();
        assertThat(form.host().problemProperty().get()).startsWith("the network address is empty");
    }

    @Test
    void aSearchMayNameTheHostOfALocalServer() {
        ServerAddressModel form = new ServerAddressModel(Purpose.SEARCH, EVERY_SERVER_OF_THE_LIST);

        form.protocol().set(ProtocolSequence.LOCAL);
        form.host().set("localhost");

        assertThat(form.hostLockedProperty().get()).isFalse();
        assertThat(form.isValid()).isTrue();
    }

    @Test
    void aDeclarationWithAnUnknownProtocolAsksToChooseOne() {
        ServerAddressModel form = new ServerAddressModel(Purpose.DECLARATION, new ServerLocator("pc17", "tcp", "7410", "*", "*"));

        assertThat(form.protocol().value()).isNull();
        assertThat(form.protocol().problemProperty().get()).isEqualTo("choose a protocol sequence");
        assertThat(form.isValid()).isFalse();
    }
}
