package org.openmom.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a reload changes, reflex by reflex: unchanged lines, changed slots, the rest added or removed. */
class ConfigurationDiffTest {
    private static ServerConfiguration parse(String text) {
        return ServerConfigurationParser.parse("server.conf", text).model();
    }

    @Test
    void sameLinesAreUnchangedWhateverTheirOrderAndComments() {
        ConfigurationDiff diff = ConfigurationDiff.between(
                parse("MessageFilter CHAT builtin * AuditLog\nLocalService PING builtin health Echo\n"),
                parse("# moved\nLocalService PING builtin health Echo\nMessageFilter CHAT builtin * AuditLog\n"));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.summary()).isEqualTo("0 added, 0 removed, 0 changed");
    }

    @Test
    void aNewValueForTheSameKindServiceAndKeyIsAChangeTheRestIsAddedOrRemoved() {
        ConfigurationDiff diff = ConfigurationDiff.between(
                parse("MessageFilter CHAT builtin * AuditLog\nDeadLetters * builtin * DeadLetterMailbox\n"
                        + "MessageFilter CHAT builtin * AuditLog\n"),
                parse("MessageFilter CHAT builtin * AuditLog\nMessageFilter CHAT lib/acme.jar * com.acme.Spam\n"
                        + "LocalService PING builtin health Echo\n"));

        assertThat(diff.changed()).containsExactly("MessageFilter CHAT builtin * AuditLog → MessageFilter CHAT lib/acme.jar * com.acme.Spam");
        assertThat(diff.added()).containsExactly("LocalService PING builtin health Echo");
        assertThat(diff.removed()).containsExactly("DeadLetters * builtin * DeadLetterMailbox");
    }
}
