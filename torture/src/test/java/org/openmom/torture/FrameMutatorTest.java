package org.openmom.torture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameMutatorTest {
    @Test
    void theSameSeedGivesTheSameInputs() {
        assertThat(inputs(7)).containsExactlyElementsOf(inputs(7));
        assertThat(inputs(7)).isNotEqualTo(inputs(8));
    }

    private static List<String> inputs(long seed) {
        FrameMutator mutator = new FrameMutator(new Random(seed), FrameCorpus.frames());
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inputs.add(java.util.HexFormat.of().formatHex(mutator.next()));
        }
        return inputs;
    }
}
