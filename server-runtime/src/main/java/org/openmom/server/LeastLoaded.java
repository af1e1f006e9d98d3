package org.openmom.server;

/**
 * The instances an anycast message or a CALL may go to, of one name, ordered by load (undelivered
 * messages) so that the least loaded one is found without looking at the others (DESIGN.md §6.2).
 *
 * <p>Instances of equal load form a tier, oldest arrival first; tiers are linked from the lowest
 * load up. {@link #next()} takes the first instance of the lowest tier and puts it last in that
 * tier: among equals the choice goes round-robin. A load changes by one message at a time (a
 * delivery adds one, an acknowledgement removes one), so an instance moves to a neighbouring
 * tier: the choice and every move cost the same whatever the number of instances.
 *
 * <p>An instance is in the rotation only while it may take new messages ({@link #enter},
 * {@link #leave}): taking one out of it or putting it back costs one move as well. Guarded by
 * the broker lock.
 */
final class LeastLoaded {
    /** The instances of one load, in the order they reached it. */
    private static final class Tier {
        final int load;
        Tier lower;
        Tier higher;
        Place first;
        Place last;

        Tier(int load) {
            this.load = load;
        }
    }

    /** Where one instance stands in this rotation (an instance has one per rotation it belongs to). */
    static final class Place {
        final Instance instance;
        final LeastLoaded rotation;
        /** Null while the instance is out of the rotation. */
        private Tier tier;
        private Place before;
        private Place after;

        private Place(Instance instance, LeastLoaded rotation) {
            this.instance = instance;
            this.rotation = rotation;
        }

        boolean inRotation() {
            return tier != null;
        }

        /** The instance's load is now {@code load}. */
        void loadChanged(int load) {
            if (tier != null && tier.load != load) {
                rotation.move(this, load);
            }
        }
    }

    private Tier lowest;
    /** Registered instances of this name, in the rotation or not: the rotation is kept while there are any. */
    int members;

    /** A place for {@code instance}, out of the rotation until it {@link #enter}s. */
    Place placeFor(Instance instance) {
        return new Place(instance, this);
    }

    void enter(Place place, int load) {
        if (place.tier == null) {
            insert(place, load, null);
        }
    }

    void leave(Place place) {
        if (place.tier != null) {
            unlink(place);
        }
    }

    /** The least loaded instance, or null when none is in the rotation; it goes last among its equals. */
    Instance next() {
        Tier tier = lowest;
        if (tier == null) {
            return null;
        }
        Place chosen = tier.first;
        if (chosen != tier.last) {
            tier.first = chosen.after;
            tier.first.before = null;
            chosen.before = tier.last;
            chosen.after = null;
            tier.last.after = chosen;
            tier.last = chosen;
        }
        return chosen.instance;
    }

    boolean isEmpty() {
        return lowest == null;
    }

    private void move(Place place, int load) {
        Tier below = place.tier.lower;
        unlink(place);
        insert(place, load, below);
    }

    /**
     * Puts {@code place} last in the tier of {@code load}, looking from {@code near} (a tier that
     * was next to the place's former one, or null to look from the lowest): one step for a load
     * that changed by one.
     */
    private void insert(Place place, int load, Tier near) {
        Tier under = near;
        while (under != null && under.load >= load) {
            under = under.lower;
        }
        Tier over = under == null ? lowest : under.higher;
        while (over != null && over.load < load) {
            under = over;
            over = over.higher;
        }
        Tier tier = over;
        if (tier == null || tier.load != load) {
            tier = new Tier(load);
            tier.lower = under;
            tier.higher = over;
            if (under == null) {
                lowest = tier;
            } else {
                under.higher = tier;
            }
            if (over != null) {
                over.lower = tier;
            }
        }
        place.tier = tier;
        place.before = tier.last;
        place.after = null;
        if (tier.last == null) {
            tier.first = place;
        } else {
            tier.last.after = place;
        }
        tier.last = place;
    }

    /** Takes {@code place} out of its tier, and the tier out of the ladder once empty. */
    private void unlink(Place place) {
        Tier tier = place.tier;
        if (place.before == null) {
            tier.first = place.after;
        } else {
            place.before.after = place.after;
        }
        if (place.after == null) {
            tier.last = place.before;
        } else {
            place.after.before = place.before;
        }
        place.tier = null;
        place.before = null;
        place.after = null;
        if (tier.first == null) {
            if (tier.lower == null) {
                lowest = tier.higher;
            } else {
                tier.lower.higher = tier.higher;
            }
            if (tier.higher != null) {
                tier.higher.lower = tier.lower;
            }
        }
    }
}
