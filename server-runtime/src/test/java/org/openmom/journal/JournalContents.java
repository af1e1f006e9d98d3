package org.openmom.journal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helpers: read a journal's live set into a map, make readable payloads. */
final class JournalContents {

    private JournalContents() {
    }

    /** The live records in append order, payloads as strings. */
    static Map<Long, String> live(Journal journal) throws JournalException {
        Map<Long, String> live = new LinkedHashMap<>();
        journal.forEachLive((id, payload) -> live.put(id, new String(payload, StandardCharsets.UTF_8)));
        return live;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
