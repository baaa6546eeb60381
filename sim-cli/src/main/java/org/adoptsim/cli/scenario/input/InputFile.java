package org.adoptsim.cli.scenario.input;

/**
 * A file a scenario names besides itself (a teams file, an edge list), for the manifests: the file as
 * the user would see it (relative to what they typed for the scenario) and the SHA-256 (lowercase hex)
 * of the bytes that were read. Immutable.
 */
public record InputFile(String file, String sha256) {
}
