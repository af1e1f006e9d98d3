package org.openmom.model;

import java.util.Objects;

/** A server is identified by its name and role (role ≥ 1), as in the guide. */
public record ServerIdentity(String name, int role) {
    public ServerIdentity {
        Objects.requireNonNull(name, "name");
        if (role < 1) {
            throw new IllegalArgumentException("server role must be 1 or more, not " + role);
        }
    }

    /** Whether this server answers to the wanted name pattern and role (0 = any role). */
    public boolean matches(String namePattern, int wantedRole) {
        return NamePattern.matches(namePattern == null || namePattern.isBlank() ? "*" : namePattern, name)
                && (wantedRole == 0 || wantedRole == role);
    }

    /** The local endpoint name: {@code NAME.ROLE}. */
    public String localName() {
        return name + "." + role;
    }

    @Override
    public String toString() {
        return name + "/" + role;
    }
}
