package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openmom.model.DeliveryMode;
import org.openmom.model.ServiceUser;

/** The rotation anycast chooses from: always a least loaded instance, equals in turn, whatever the moves. */
class LeastLoadedTest {
    private final LeastLoaded rotation = new LeastLoaded();
    private final HeldMemory memory = new HeldMemory(Long.MAX_VALUE);

    private LeastLoaded.Place place(int id) {
        return rotation.placeFor(new Instance(id, ServiceUser.of("W", "w"), new RecordingSink(), DeliveryMode.CALLBACK, 1, memory));
    }

    @Test
    void equalsAreChosenInTurnAndALighterOneFirst() {
        List<LeastLoaded.Place> places = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            places.add(place(i));
            rotation.enter(places.get(i), 5);
        }
        List<Long> chosen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            chosen.add(rotation.next().id());
        }
        assertThat(chosen).containsExactly(0L, 1L, 2L, 0L, 1L, 2L);

        places.get(2).loadChanged(4);
        assertThat(rotation.next().id()).isEqualTo(2L);
        assertThat(rotation.next().id()).isEqualTo(2L);
    }

    @Test
    void anInstanceOutOfTheRotationIsNotChosenUntilItComesBack() {
        LeastLoaded.Place busy = place(1);
        LeastLoaded.Place idle = place(2);
        rotation.enter(busy, 9);
        rotation.enter(idle, 0);
        rotation.leave(idle);
        idle.loadChanged(1); // followed or not, it stays out
        assertThat(idle.inRotation()).isFalse();
        assertThat(rotation.next().id()).isEqualTo(1L);

        rotation.enter(idle, 1);
        assertThat(rotation.next().id()).isEqualTo(2L);
        rotation.leave(busy);
        rotation.leave(idle);
        assertThat(rotation.isEmpty()).isTrue();
        assertThat(rotation.next()).isNull();
    }

    /** Against a plain list looked through each time: random loads, arrivals and departures, ten thousand steps. */
    @Test
    void alwaysChoosesALeastLoadedInstanceOfThoseInTheRotation() {
        Random random = new Random(19);
        List<LeastLoaded.Place> places = new ArrayList<>();
        Map<LeastLoaded.Place, Integer> loads = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            places.add(place(i));
            loads.put(places.get(i), 0);
        }
        for (int step = 0; step < 10_000; step++) {
            LeastLoaded.Place place = places.get(random.nextInt(places.size()));
            int load = loads.get(place);
            switch (random.nextInt(6)) {
                case 0 -> rotation.enter(place, load);
                case 1 -> rotation.leave(place);
                case 2 -> load += 1 + (random.nextInt(10) == 0 ? random.nextInt(50) : 0);
                case 3 -> load = Math.max(0, load - 1);
                case 4 -> load = 0;
                default -> {
                    Instance chosen = rotation.next();
                    int least = places.stream().filter(LeastLoaded.Place::inRotation).mapToInt(loads::get).min().orElse(-1);
                    if (least < 0) {
                        assertThat(chosen).isNull();
                    } else {
                        LeastLoaded.Place chosenPlace = places.get((int) chosen.id());
                        assertThat(chosenPlace.inRotation()).isTrue();
                        assertThat(loads.get(chosenPlace)).as("load of the chosen at step %d", step).isEqualTo(least);
                    }
                }
            }
            loads.put(place, load);
            place.loadChanged(load);
        }
    }
}
