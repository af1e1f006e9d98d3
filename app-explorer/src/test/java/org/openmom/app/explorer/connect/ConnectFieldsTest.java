package org.openmom.app.explorer.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.model.ProtocolSequence;

/** The connect dialog's rules, without a window. */
class ConnectFieldsTest {
    @Test
    void theGuidesDefaultsAreEveryServerOfTheServersList() {
        ConnectFields fields = ConnectFields.of(ConnectRequest.defaults());

        assertThat(fields.problems()).isEmpty();
        assertThat(fields.toRequest().criteria()).isEqualTo(DiscoveryCriteria.defaults());
        assertThat(fields.toRequest().criteria().usesServersList()).isTrue();
    }

    @Test
    void blankRoleAndEndPointAreWildcards() {
        ConnectFields fields = new ConnectFields("Demo", "", "localhost", ProtocolSequence.TCP, " ", "");

        DiscoveryCriteria criteria = fields.toRequest().criteria();
        assertThat(criteria.role()).isZero();
        assertThat(criteria.hasAutomaticEndpoint()).isTrue();
        assertThat(fields.toRequest().secret()).isNull();
    }

    @Test
    void wrongFieldsSayWhatToWrite() {
        ConnectFields fields = new ConnectFields("My Server", "two", "*", ProtocolSequence.NAMED_PIPES, "x", "");

        assertThat(fields.problems()).containsOnlyKeys(ConnectFields.Field.SERVER, ConnectFields.Field.ROLE,
                ConnectFields.Field.PROTOCOL);
        assertThat(fields.problems().get(ConnectFields.Field.ROLE)).contains("'two' is not a number");
        assertThat(new ConnectFields("*", "0", "h", ProtocolSequence.TCP, "70000", "").problems())
                .containsOnlyKeys(ConnectFields.Field.END_POINT);
    }
}
