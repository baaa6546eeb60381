/** Tests of the package map: no cycles, the engine free of the command line, a package-info everywhere. */
package org.adoptsim.cli.architecture;
