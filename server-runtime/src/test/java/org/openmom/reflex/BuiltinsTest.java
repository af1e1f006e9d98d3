package org.openmom.reflex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openmom.config.ReflexKind;
import org.openmom.reflex.runtime.Builtins;

class BuiltinsTest {
    @Test
    void eachKindOffersTheBuiltInsThatImplementIt() {
        assertThat(Builtins.namesFor(ReflexKind.LOCAL_SERVICE)).containsExactly("Echo");
        assertThat(Builtins.namesFor(ReflexKind.REGISTRATION_FILTER)).containsExactly("PasswordFilter", "AuditLog");
        assertThat(Builtins.namesFor(ReflexKind.DEREGISTRATION_FILTER)).containsExactly("AuditLog");
        assertThat(Builtins.namesFor(ReflexKind.MESSAGE_FILTER)).containsExactly("AuditLog", "Redirect");
        assertThat(Builtins.namesFor(ReflexKind.DEAD_LETTERS)).containsExactly("DeadLetterMailbox");
        assertThat(Builtins.namesFor(ReflexKind.DELIVERY_FILTER)).isEmpty();
        assertThat(Builtins.namesFor(ReflexKind.LOGGING_SERVICE)).isEmpty();
    }
}
