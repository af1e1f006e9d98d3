package org.openmom.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePatternTest {

    @ParameterizedTest
    @CsvSource({
        "*, CHAT, true",
        "*, '', true",
        "CHAT, CHAT, true",
        "CHAT, chat, false",
        "CHAT, CHATTER, false",
        "CH*, CHAT, true",
        "CH*, CH, true",
        "*AT, CHAT, true",
        "C*T, CHAT, true",
        "C*T, CHATS, false",
        "a*b*c, aXXbYYc, true",
        "a*b*c, aXXcYYb, false",
        "**, x, true",
    })
    void starMatchesAnyRunOfCharacters(String pattern, String name, boolean expected) {
        assertThat(NamePattern.of(pattern).matches(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "CHAT, *, true",
        "CHAT, CHAT, true",
        "CHAT, CH*, true",
        "CH*, CH*, true",
        "CH*, *, true",
        "*, CHAT, false",
        "CH*, CHAT, false",
        "CHAT, OTHER, false",
    })
    void coverageSaysWhenAPatternIsMadeUselessByAMoreGeneralOne(String particular, String general, boolean expected) {
        assertThat(NamePattern.of(particular).isCoveredBy(NamePattern.of(general))).isEqualTo(expected);
    }
}
