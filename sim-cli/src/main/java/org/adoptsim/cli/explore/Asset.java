package org.adoptsim.cli.explore;

/** A response body with its content type. */
record Asset(String contentType, byte[] bytes) {
}
