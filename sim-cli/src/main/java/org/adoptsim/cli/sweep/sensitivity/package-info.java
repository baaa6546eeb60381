/**
 * Sensitivity estimators: Sobol indices (Saltelli/Jansen), Morris elementary effects,
 * the bootstrap and replicate-noise correction.
 *
 * <p>May use: the JDK and Apache Commons only.
 */
package org.adoptsim.cli.sweep.sensitivity;
