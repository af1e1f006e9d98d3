package org.openmom.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so it is written in one place: the POM. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = OpenMomCommand.class.getPackage().getImplementationVersion();
        return new String[] {"openmom " + (version == null ? "(development build)" : version)};
    }
}
