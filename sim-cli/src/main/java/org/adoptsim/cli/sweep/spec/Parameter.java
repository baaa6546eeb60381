package org.adoptsim.cli.sweep.spec;

/**
 * One swept parameter: its path in the scenario file ({@code strategies.earned.coalition.size}), the
 * short label used as its column name, and its domain. {@code where} locates it in the sweep file.
 */
public record Parameter(String path, String label, Domain domain, Located where) {

    public String canonical() {
        return path + "=" + domain.canonical() + (label.equals(path) ? "" : " as " + label);
    }
}
