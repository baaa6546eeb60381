package org.adoptsim.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest (falls back to "development" when run from classes). */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"adoptsim " + version(), "Java " + System.getProperty("java.version")};
    }
}
